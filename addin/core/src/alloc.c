/* Largest-remainder allocation, computed in integer units of 10^-decimals. */
#include "assobudget/alloc.h"

#include <math.h>
#include <stdlib.h>

/* Totals up to 10^15 units stay exact in a double and in the long double quotas. */
#define MAX_UNITS 1e15

/* Two remainders closer than this (in units) are ties: quotas computed from equal
 * keys can differ in their last bits, and a tie must go to the first position. */
#define TIE_EPSILON 1e-9L

typedef struct {
    size_t index;
    long double remainder;
} share;

/* Largest remainder first; on a tie, the smaller index first. */
static int by_remainder(const void *a, const void *b)
{
    const share *x = a, *y = b;
    long double diff = y->remainder - x->remainder;
    if (diff > TIE_EPSILON)
        return 1;
    if (diff < -TIE_EPSILON)
        return -1;
    return x->index < y->index ? -1 : x->index > y->index;
}

ab_error ab_alloc_largest_remainder(double total, const double *keys, size_t n, int decimals,
                                    double *parts)
{
    if (n == 0 || decimals < 0 || decimals > AB_ALLOC_MAX_DECIMALS || !isfinite(total))
        return AB_ERR_ARGUMENT;
    long double key_sum = 0;
    for (size_t i = 0; i < n; i++) {
        if (!isfinite(keys[i]) || keys[i] < 0)
            return AB_ERR_ARGUMENT;
        key_sum += keys[i];
    }
    if (!(key_sum > 0) || !isfinite((double)key_sum))
        return AB_ERR_ARGUMENT;

    double scale = pow(10, decimals);
    double scaled = round(fabs(total) * scale);
    if (scaled > MAX_UNITS)
        return AB_ERR_OVERFLOW;
    long long units = (long long)scaled;
    double sign = total < 0 ? -1.0 : 1.0;

    share *shares = malloc(n * sizeof *shares);
    long long *whole = malloc(n * sizeof *whole);
    if (!shares || !whole) {
        free(shares);
        free(whole);
        return AB_ERR_NO_MEMORY;
    }
    long long given = 0;
    for (size_t i = 0; i < n; i++) {
        long double quota = (long double)units * keys[i] / key_sum;
        long double floor_quota = floorl(quota);
        whole[i] = (long long)floor_quota;
        shares[i].index = i;
        shares[i].remainder = quota - floor_quota;
        given += whole[i];
    }
    /* The floors sum to at most units, and at least units - n (each loses < 1). */
    long long left = units - given;
    qsort(shares, n, sizeof *shares, by_remainder);
    for (size_t k = 0; left > 0 && k < n; k++, left--)
        whole[shares[k].index]++;

    for (size_t i = 0; i < n; i++)
        parts[i] = sign * ((double)whole[i] / scale) + 0.0; /* + 0.0: no -0 */
    free(shares);
    free(whole);
    return AB_OK;
}
