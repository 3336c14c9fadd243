/* A read-only block of numbers as Calc passes it: rows x cols, row by row. */
#ifndef ASSOBUDGET_RANGE_H
#define ASSOBUDGET_RANGE_H

#include <stddef.h>

#ifdef __cplusplus
extern "C" {
#endif

/** @brief A rows x cols block of values stored row by row (empty cells already 0). */
typedef struct ab_range {
    const double *values; /**< rows * cols values, row-major */
    size_t rows;
    size_t cols;
} ab_range;

/** @brief Number of values in @p r. */
static inline size_t ab_range_size(ab_range r) { return r.rows * r.cols; }

/** @brief True when @p r is one row or one column with at least one value. */
static inline int ab_range_is_vector(ab_range r)
{
    return (r.rows == 1 || r.cols == 1) && r.rows > 0 && r.cols > 0;
}

/** @brief True when @p a and @p b have the same number of rows and of columns. */
static inline int ab_range_same_shape(ab_range a, ab_range b)
{
    return a.rows == b.rows && a.cols == b.cols;
}

#ifdef __cplusplus
}
#endif

#endif
