/* Messages for ab_error codes. */
#include "assobudget/error.h"

static const char *const messages[AB_ERR_COUNT] = {
    [AB_OK] = "no error",
    [AB_ERR_ARGUMENT] = "argument out of its domain",
    [AB_ERR_SHAPE] = "ranges of the wrong or different shapes",
    [AB_ERR_SYNTAX] = "text not understood",
    [AB_ERR_OVERFLOW] = "result out of range",
    [AB_ERR_NOT_AVAILABLE] = "no data applies",
    [AB_ERR_DATA_FILE] = "data file missing, unsafe or malformed",
    [AB_ERR_NO_MEMORY] = "out of memory",
};

static const char *const messages_fr[AB_ERR_COUNT] = {
    [AB_OK] = "aucune erreur",
    [AB_ERR_ARGUMENT] = "une valeur est hors de son domaine",
    [AB_ERR_SHAPE] = "des plages n'ont pas la forme attendue, ou pas la même forme",
    [AB_ERR_SYNTAX] = "un texte n'a pas été compris",
    [AB_ERR_OVERFLOW] = "le résultat sort des limites (trop grand, ou pas une date valide)",
    [AB_ERR_NOT_AVAILABLE] = "aucune donnée ne s'applique (par exemple une date hors des périodes du fichier de paie)",
    [AB_ERR_DATA_FILE] = "un fichier de données est absent, refusé ou mal formé",
    [AB_ERR_NO_MEMORY] = "mémoire insuffisante",
};

const char *ab_strerror_fr(ab_error err)
{
    if ((unsigned)err >= AB_ERR_COUNT)
        return "erreur inconnue";
    return messages_fr[err];
}

const char *ab_strerror(ab_error err)
{
    if ((unsigned)err >= AB_ERR_COUNT)
        return "unknown error";
    return messages[err];
}

int ab_error_is_not_available(ab_error err)
{
    return err == AB_ERR_NOT_AVAILABLE;
}
