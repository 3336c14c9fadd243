/* Benchmark: loading the shipped chart of accounts, and a hostile 4 MB one built to make a
 * quadratic loader crawl (15,000 sources, 15,000 CERFA lines, ~40,000 accounts each naming the
 * last source and line). Usage: bench_accounts [path/to/comptes.xml]. Never run by make check. */
#define _POSIX_C_SOURCE 200809L
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

#include "assobudget/accounts.h"
#include "assobudget/xml.h"

static double now(void)
{
    struct timespec t;
    clock_gettime(CLOCK_MONOTONIC, &t);
    return (double)t.tv_sec + (double)t.tv_nsec * 1e-9;
}

/* Appends printf-style text to @p buf (of @p cap bytes) at *len; 0 when it would not fit. */
static int append(char *buf, size_t cap, size_t *len, const char *format, long a, long b, long c)
{
    int n = snprintf(buf + *len, cap - *len, format, a, b, c);
    if (n < 0 || (size_t)n >= cap - *len)
        return 0;
    *len += (size_t)n;
    return 1;
}

/* Writes the hostile chart (at most AB_XML_MAX_BYTES) to @p path; its account count. */
static long write_hostile(const char *path)
{
    const long sources = 15000, lines = 15000;
    const size_t cap = AB_XML_MAX_BYTES + 1, tail = sizeof "</plan></comptes>";
    char *xml = malloc(cap);
    size_t len = 0;
    long accounts = 0;
    if (!xml)
        return -1;
    append(xml, cap, &len, "<comptes version='1'><sources>", 0, 0, 0);
    for (long i = 0; i < sources; i++)
        append(xml, cap, &len, "<source id='s%ld'>t</source>", i, 0, 0);
    append(xml, cap, &len, "</sources><versions><version id='v' exercice='2020' source='s%ld'/></versions><cerfa>",
           sources - 1, 0, 0);
    for (long i = 0; i < lines; i++)
        append(xml, cap, &len, "<ligne code='%ld' libelle='l' source='s%ld'/>", 100000 + i, sources - 1, 0);
    append(xml, cap, &len, "</cerfa><plan>", 0, 0, 0);
    while (append(xml, cap - tail, &len, "<compte numero='%ld' libelle='a' cerfa='%ld' source='s%ld'/>",
                  100000000 + accounts, 100000 + lines - 1, sources - 1))
        accounts++;
    append(xml, cap, &len, "</plan></comptes>", 0, 0, 0);
    FILE *f = fopen(path, "wb");
    int ok = f && fwrite(xml, 1, len, f) == len;
    if (f)
        ok &= fclose(f) == 0;
    free(xml);
    return ok ? accounts : -1;
}

/* Best time of @p runs loads of @p path, in ms; -1 when refused. */
static double load_ms(const char *path, int runs, char *message, size_t size)
{
    double best = -1;
    for (int i = 0; i < runs; i++) {
        ab_chart *chart = NULL;
        double start = now();
        ab_error err = ab_accounts_load(path, &chart, message, size);
        double ms = (now() - start) * 1e3;
        ab_accounts_free(chart);
        if (err != AB_OK)
            return -1;
        if (best < 0 || ms < best)
            best = ms;
    }
    return best;
}

int main(int argc, char **argv)
{
    const char *shipped = argc > 1 ? argv[1] : "registry/data/comptes.xml";
    char message[256], path[] = "/tmp/bench_accounts_XXXXXX";
    double ms = load_ms(shipped, 50, message, sizeof message);
    if (ms < 0) {
        fprintf(stderr, "bench_accounts: %s: %s\n", shipped, message);
        return 1;
    }
    printf("bench_accounts: load %s: %.3f ms\n", shipped, ms);
    int fd = mkstemp(path);
    long accounts = fd < 0 ? -1 : write_hostile(path);
    if (fd >= 0)
        close(fd);
    ms = accounts < 0 ? -1 : load_ms(path, 5, message, sizeof message);
    long size = -1;
    FILE *f = fopen(path, "rb");
    if (f && fseek(f, 0, SEEK_END) == 0)
        size = ftell(f);
    if (f)
        fclose(f);
    unlink(path);
    if (ms < 0) {
        fprintf(stderr, "bench_accounts: hostile chart: %s\n", accounts < 0 ? "cannot write it" : message);
        return 1;
    }
    printf("bench_accounts: load a hostile %.1f MB chart (%ld accounts, 15000 lines, 15000 sources): %.1f ms\n",
           size / 1048576.0, accounts, ms);
    return 0;
}
