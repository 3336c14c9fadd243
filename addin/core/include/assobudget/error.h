/* Error codes of the AssoBudget core: every core function returns one. */
#ifndef ASSOBUDGET_ERROR_H
#define ASSOBUDGET_ERROR_H

#ifdef __cplusplus
extern "C" {
#endif

/**
 * @brief What a core function reports. The UNO glue turns each code into what
 *        Calc shows; the mapping is in ab_error_is_not_available().
 */
typedef enum ab_error {
    /** Success: the outputs are set. */
    AB_OK = 0,
    /** An argument has a value outside its domain (negative key, bad option). Calc: Err:502. */
    AB_ERR_ARGUMENT,
    /** Two ranges that must have the same shape do not, or a range has the wrong shape. Calc: Err:502. */
    AB_ERR_SHAPE,
    /** A text argument could not be understood (unknown payment terms...). Calc: Err:502. */
    AB_ERR_SYNTAX,
    /** The result would not fit (too large, not finite, not a valid date). Calc: Err:502. */
    AB_ERR_OVERFLOW,
    /** No data applies (a date outside the periods of a data file). Calc: #N/A. */
    AB_ERR_NOT_AVAILABLE,
    /** A data file is missing, unsafe or malformed. Calc: Err:502. */
    AB_ERR_DATA_FILE,
    /** Memory could not be allocated. Calc: Err:502. */
    AB_ERR_NO_MEMORY,
    /** Number of codes; not an error. */
    AB_ERR_COUNT
} ab_error;

/** @brief A short English message for @p err; never NULL, even for unknown codes. */
const char *ab_strerror(ab_error err);

/** @brief The same message in French, for the treasurer (the sidebar); never NULL. */
const char *ab_strerror_fr(ab_error err);

/** @brief True when @p err means "no data" (#N/A in Calc) rather than a bad value (Err:502). */
int ab_error_is_not_available(ab_error err);

#ifdef __cplusplus
}
#endif

#endif
