/* Data files on disk: regular files only, bounded, read whole; identity; monotonic clock. */
#ifndef _WIN32
#define _POSIX_C_SOURCE 200809L /* O_CLOEXEC, st_mtim, clock_gettime */
#endif

#include "assobudget/file.h"

#include <errno.h>
#include <stdlib.h>
#include <string.h>

#include "assobudget/message.h"

#ifdef _WIN32
#include <windows.h>
#else
#include <fcntl.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>
#endif

/* Refuses with a message; the path is quoted as it is (the message repairs any bad UTF-8). */
#define refuse(message, size, ...) (ab_message_format(message, size, __VA_ARGS__), AB_ERR_DATA_FILE)

int ab_file_identity_equal(const ab_file_identity *a, const ab_file_identity *b)
{
    return a && b && a->size == b->size && a->modified_ns == b->modified_ns &&
           a->changed_ns == b->changed_ns && a->device == b->device && a->index == b->index;
}

#ifndef _WIN32

/* What a file that is not a regular file is, for the message. */
static const char *kind(mode_t mode)
{
    if (S_ISDIR(mode))
        return "a directory";
    if (S_ISFIFO(mode))
        return "a FIFO (named pipe)";
    if (S_ISCHR(mode) || S_ISBLK(mode))
        return "a device";
    if (S_ISSOCK(mode))
        return "a socket";
    return "not a regular file";
}

/* Reads exactly @p size bytes from @p fd; 0 when it fails or the file ends before. */
static int read_exactly(int fd, char *data, size_t size)
{
    size_t got = 0;
    while (got < size) {
        ssize_t n = read(fd, data + got, size - got);
        if (n < 0 && errno == EINTR)
            continue;
        if (n <= 0)
            return 0;
        got += (size_t)n;
    }
    return 1;
}

/* Checks what fstat() says of the open file: regular, not above @p max_bytes. */
static ab_error check_open_file(int fd, const char *path, size_t max_bytes, size_t *size, char *message,
                                size_t message_size)
{
    struct stat st;
    if (fstat(fd, &st) != 0)
        return refuse(message, message_size, "cannot read %s: %s", path, strerror(errno));
    if (!S_ISREG(st.st_mode))
        return refuse(message, message_size, "%s is %s, not a regular file", path, kind(st.st_mode));
    if (st.st_size < 0 || (unsigned long long)st.st_size > max_bytes)
        return refuse(message, message_size, "%s: file larger than %llu bytes", path, (unsigned long long)max_bytes);
    *size = (size_t)st.st_size;
    return AB_OK;
}

ab_error ab_file_read(const char *path, size_t max_bytes, char **data, size_t *size, char *message,
                      size_t message_size)
{
    *data = NULL;
    *size = 0;
    if (!path)
        return refuse(message, message_size, "cannot open (null): no path");
    /* Refused before opening when possible: opening some devices does something. */
    struct stat st;
    if (stat(path, &st) == 0 && !S_ISREG(st.st_mode))
        return refuse(message, message_size, "%s is %s, not a regular file", path, kind(st.st_mode));
    /* O_NONBLOCK: a FIFO put there since (or a lock) must not block the office. */
    int fd = open(path, O_RDONLY | O_NONBLOCK | O_CLOEXEC);
    if (fd < 0)
        return refuse(message, message_size, "cannot open %s: %s", path, strerror(errno));
    size_t n = 0;
    ab_error err = check_open_file(fd, path, max_bytes, &n, message, message_size);
    char *bytes = err == AB_OK ? malloc(n + 1) : NULL;
    if (err == AB_OK && !bytes)
        err = AB_ERR_NO_MEMORY;
    if (bytes) {
        errno = 0;
        if (!read_exactly(fd, bytes, n))
            err = refuse(message, message_size, "cannot read %s: %s", path,
                         errno ? strerror(errno) : "the file changed while it was read");
    }
    close(fd);
    if (err != AB_OK) {
        free(bytes);
        return err;
    }
    bytes[n] = '\0';
    *data = bytes;
    *size = n;
    return AB_OK;
}

ab_error ab_file_identity_get(const char *path, ab_file_identity *out)
{
    struct stat st;
    if (!path || !out || stat(path, &st) != 0)
        return AB_ERR_NOT_AVAILABLE;
    out->size = (unsigned long long)st.st_size;
    out->modified_ns = (long long)st.st_mtim.tv_sec * 1000000000LL + st.st_mtim.tv_nsec;
    out->changed_ns = (long long)st.st_ctim.tv_sec * 1000000000LL + st.st_ctim.tv_nsec;
    out->device = (unsigned long long)st.st_dev;
    out->index = (unsigned long long)st.st_ino;
    return AB_OK;
}

unsigned long long ab_monotonic_ms(void)
{
    struct timespec t;
    if (clock_gettime(CLOCK_MONOTONIC, &t) != 0)
        return 0;
    return (unsigned long long)t.tv_sec * 1000ULL + (unsigned long long)t.tv_nsec / 1000000ULL;
}

#else /* _WIN32 */

/* The UTF-8 @p path as UTF-16 (free() it), or NULL (errno EINVAL or ENOMEM). */
static wchar_t *wide_path(const char *path)
{
    int n = path ? MultiByteToWideChar(CP_UTF8, MB_ERR_INVALID_CHARS, path, -1, NULL, 0) : 0;
    if (n <= 0) {
        errno = EINVAL;
        return NULL;
    }
    wchar_t *wide = malloc((size_t)n * sizeof *wide);
    if (!wide) {
        errno = ENOMEM;
        return NULL;
    }
    if (MultiByteToWideChar(CP_UTF8, MB_ERR_INVALID_CHARS, path, -1, wide, n) != n) {
        free(wide);
        errno = EINVAL;
        return NULL;
    }
    return wide;
}

/* A short English reason for a Windows error code. */
static const char *reason(DWORD code)
{
    switch (code) {
    case ERROR_FILE_NOT_FOUND:
    case ERROR_PATH_NOT_FOUND:
    case ERROR_INVALID_NAME:
        return "No such file or directory";
    case ERROR_ACCESS_DENIED:
        return "Permission denied";
    case ERROR_SHARING_VIOLATION:
    case ERROR_LOCK_VIOLATION:
        return "the file is locked by another program";
    case ERROR_PIPE_BUSY:
        return "a busy named pipe";
    default:
        return "Windows error";
    }
}

/* Opens @p path for reading; a directory or a path that is not UTF-8 is refused first. */
static ab_error open_for_reading(const char *path, HANDLE *out, char *message, size_t message_size)
{
    wchar_t *wide = wide_path(path);
    if (!wide)
        return errno == ENOMEM ? AB_ERR_NO_MEMORY
                               : refuse(message, message_size, "cannot open %s: not a UTF-8 path", path ? path : "(null)");
    DWORD attributes = GetFileAttributesW(wide);
    HANDLE h = INVALID_HANDLE_VALUE;
    DWORD code = 0;
    if (attributes != INVALID_FILE_ATTRIBUTES && !(attributes & FILE_ATTRIBUTE_DIRECTORY)) {
        /* OPEN_EXISTING on a named pipe connects at once or fails (ERROR_PIPE_BUSY): no wait. */
        h = CreateFileW(wide, GENERIC_READ, FILE_SHARE_READ | FILE_SHARE_WRITE | FILE_SHARE_DELETE, NULL,
                        OPEN_EXISTING, FILE_ATTRIBUTE_NORMAL, NULL);
        code = GetLastError();
    } else {
        code = GetLastError();
    }
    free(wide);
    if (attributes != INVALID_FILE_ATTRIBUTES && (attributes & FILE_ATTRIBUTE_DIRECTORY))
        return refuse(message, message_size, "%s is a directory, not a regular file", path);
    if (h == INVALID_HANDLE_VALUE)
        return refuse(message, message_size, "cannot open %s: %s (%lu)", path, reason(code), (unsigned long)code);
    *out = h;
    return AB_OK;
}

/* Reads exactly @p size bytes; 0 when it fails or the file ends before. */
static int read_exactly(HANDLE h, char *data, size_t size)
{
    size_t got = 0;
    while (got < size) {
        DWORD want = size - got > 0x40000000u ? 0x40000000u : (DWORD)(size - got), n = 0;
        if (!ReadFile(h, data + got, want, &n, NULL) || n == 0)
            return 0;
        got += n;
    }
    return 1;
}

ab_error ab_file_read(const char *path, size_t max_bytes, char **data, size_t *size, char *message,
                      size_t message_size)
{
    *data = NULL;
    *size = 0;
    HANDLE h;
    ab_error err = open_for_reading(path, &h, message, message_size);
    if (err != AB_OK)
        return err;
    LARGE_INTEGER length;
    char *bytes = NULL;
    if (GetFileType(h) != FILE_TYPE_DISK)
        err = refuse(message, message_size, "%s is a named pipe or a device, not a regular file", path);
    else if (!GetFileSizeEx(h, &length))
        err = refuse(message, message_size, "cannot read %s: %s", path, reason(GetLastError()));
    else if (length.QuadPart < 0 || (unsigned long long)length.QuadPart > max_bytes)
        err = refuse(message, message_size, "%s: file larger than %llu bytes", path, (unsigned long long)max_bytes);
    else if (!(bytes = malloc((size_t)length.QuadPart + 1)))
        err = AB_ERR_NO_MEMORY;
    else if (!read_exactly(h, bytes, (size_t)length.QuadPart))
        err = refuse(message, message_size, "cannot read %s: the file changed while it was read", path);
    CloseHandle(h);
    if (err != AB_OK) {
        free(bytes);
        return err;
    }
    bytes[length.QuadPart] = '\0';
    *data = bytes;
    *size = (size_t)length.QuadPart;
    return AB_OK;
}

/* 100 ns ticks since 1601 to ns since 1970. */
static long long unix_ns(FILETIME t)
{
    long long ticks = (long long)(((unsigned long long)t.dwHighDateTime << 32) | t.dwLowDateTime);
    return (ticks - 116444736000000000LL) * 100;
}

ab_error ab_file_identity_get(const char *path, ab_file_identity *out)
{
    wchar_t *wide = out ? wide_path(path) : NULL;
    if (!wide)
        return AB_ERR_NOT_AVAILABLE;
    /* No data access: attributes only; BACKUP_SEMANTICS lets a directory be opened too. */
    HANDLE h = CreateFileW(wide, FILE_READ_ATTRIBUTES, FILE_SHARE_READ | FILE_SHARE_WRITE | FILE_SHARE_DELETE,
                           NULL, OPEN_EXISTING, FILE_FLAG_BACKUP_SEMANTICS, NULL);
    free(wide);
    if (h == INVALID_HANDLE_VALUE)
        return AB_ERR_NOT_AVAILABLE;
    BY_HANDLE_FILE_INFORMATION info;
    BOOL ok = GetFileInformationByHandle(h, &info);
    CloseHandle(h);
    if (!ok)
        return AB_ERR_NOT_AVAILABLE;
    out->size = ((unsigned long long)info.nFileSizeHigh << 32) | info.nFileSizeLow;
    out->modified_ns = unix_ns(info.ftLastWriteTime);
    out->changed_ns = 0;
    out->device = info.dwVolumeSerialNumber;
    out->index = ((unsigned long long)info.nFileIndexHigh << 32) | info.nFileIndexLow;
    return AB_OK;
}

unsigned long long ab_monotonic_ms(void)
{
    return GetTickCount64();
}

#endif
