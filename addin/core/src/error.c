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
