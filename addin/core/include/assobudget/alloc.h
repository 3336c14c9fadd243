/* Allocation of a total in proportion to keys, rounded so that the parts add up exactly. */
#ifndef ASSOBUDGET_ALLOC_H
#define ASSOBUDGET_ALLOC_H

#include <stddef.h>

#include "assobudget/error.h"

#ifdef __cplusplus
extern "C" {
#endif

/** @brief Largest number of decimals ab_alloc_largest_remainder() accepts. */
#define AB_ALLOC_MAX_DECIMALS 6

/**
 * @brief Splits @p total in proportion to @p keys, each part rounded to @p decimals,
 *        the parts adding up exactly to @p total rounded to @p decimals.
 *
 * Largest-remainder (Hamilton) method: every part first gets its quota rounded down
 * (towards zero for a negative total), then the units left over go one by one to the
 * largest remainders; equal remainders go to the first positions first.
 *
 * @code
 * double keys[3] = {1, 1, 1}, parts[3];
 * ab_alloc_largest_remainder(100, keys, 3, 2, parts);   // 33.34, 33.33, 33.33
 * @endcode
 *
 * @param total    amount to split, may be negative (a negative total is split like its
 *                 opposite, then negated)
 * @param keys     @p n weights, each >= 0 and finite, not all zero
 * @param n        number of keys (>= 1)
 * @param decimals 0..AB_ALLOC_MAX_DECIMALS
 * @param parts    out: @p n parts
 * @return AB_ERR_ARGUMENT for a negative, non-finite or all-zero key, no key, or decimals
 *         outside 0..6; AB_ERR_OVERFLOW when the total has more than 15 significant digits
 *         at that precision (it could not be split to the unit exactly).
 */
ab_error ab_alloc_largest_remainder(double total, const double *keys, size_t n, int decimals,
                                    double *parts);

#ifdef __cplusplus
}
#endif

#endif
