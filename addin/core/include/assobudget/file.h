/* Data files on disk: reading a whole regular file safely (never a FIFO, device or directory,
 * never more than a limit), a file's identity to notice that it changed, and a monotonic clock
 * to look at a file again at most so often. POSIX and Windows; paths are UTF-8 everywhere. */
#ifndef ASSOBUDGET_FILE_H
#define ASSOBUDGET_FILE_H

#include <stddef.h>

#include "assobudget/error.h"

#ifdef __cplusplus
extern "C" {
#endif

/**
 * @brief Reads the whole file at @p path (UTF-8, on Windows too).
 *
 * Only a regular file is read: a directory, FIFO (named pipe), device or socket is refused at
 * once, without waiting for a writer (POSIX: opened with O_NONBLOCK and checked with fstat();
 * Windows: GetFileType() must say FILE_TYPE_DISK). A file larger than @p max_bytes is refused
 * before anything is read. Exactly the file's size is read: a file that shrinks meanwhile is
 * refused.
 *
 * @param data          out: the bytes, followed by a NUL not counted in @p size; free() them
 * @param size          out: the number of bytes
 * @param message       out: why the file was refused, valid UTF-8 (may be NULL)
 * @return AB_ERR_DATA_FILE with a message naming the path; AB_ERR_NO_MEMORY.
 */
ab_error ab_file_read(const char *path, size_t max_bytes, char **data, size_t *size, char *message,
                      size_t message_size);

/** @brief What tells one version of a file from another, without reading it. */
typedef struct ab_file_identity {
    unsigned long long size;   /**< bytes */
    long long modified_ns;     /**< last modification, ns since 1970-01-01 (as fine as the file system) */
    long long changed_ns;      /**< POSIX: last status change (st_ctime), ns; Windows: 0 */
    unsigned long long device; /**< POSIX st_dev; Windows: volume serial number */
    unsigned long long index;  /**< POSIX st_ino; Windows: file index (0 when unknown) */
} ab_file_identity;

/**
 * @brief The identity of the file at @p path (UTF-8), followed through symbolic links.
 *        Nothing is opened on POSIX; on Windows the file is opened for its attributes only.
 * @return AB_ERR_NOT_AVAILABLE when nothing can be found at @p path (missing, no access, NULL).
 */
ab_error ab_file_identity_get(const char *path, ab_file_identity *out);

/** @brief True when @p a and @p b are the same version of the same file (every field equal). */
int ab_file_identity_equal(const ab_file_identity *a, const ab_file_identity *b);

/**
 * @brief Milliseconds on a monotonic clock (POSIX CLOCK_MONOTONIC, Windows GetTickCount64()),
 *        from an unspecified start: only differences mean something; never goes back when the
 *        wall clock is set.
 */
unsigned long long ab_monotonic_ms(void);

#ifdef __cplusplus
}
#endif

#endif
