/* Benchmark: COUT.EMPLOYEUR computations per second in the core, and the time to parse paie.xml.
 * Usage: bench_payroll [path/to/paie.xml] (default registry/data/paie.xml). Never run by make check. */
#define _POSIX_C_SOURCE 199309L
#include <stdio.h>
#include <time.h>

#include "assobudget/payroll.h"
#include "assobudget/payroll_data.h"

static double now(void)
{
    struct timespec t;
    clock_gettime(CLOCK_MONOTONIC, &t);
    return (double)t.tv_sec + (double)t.tv_nsec * 1e-9;
}

int main(int argc, char **argv)
{
    const char *path = argc > 1 ? argv[1] : "registry/data/paie.xml";
    char message[256];
    ab_payroll *payroll = NULL;
    const int parses = 200;
    double start = now();
    for (int i = 0; i < parses; i++) {
        ab_payroll_free(payroll);
        if (ab_payroll_load(path, &payroll, message, sizeof message) != AB_OK) {
            fprintf(stderr, "bench_payroll: %s: %s\n", path, message);
            return 1;
        }
    }
    double parse_ms = (now() - start) / parses * 1e3;

    /* Salaries from 1,500 to 6,500 € over both years, so every branch is taken. */
    const long calls = 2000000;
    ab_payroll_job job = ab_payroll_default_job();
    ab_date dates[3] = {{2025, 3, 1}, {2025, 9, 1}, {2026, 3, 1}};
    double sum = 0, cost = 0;
    start = now();
    for (long i = 0; i < calls; i++) {
        job.headcount = 1 + (int)(i % 70);
        if (ab_payroll_employer_cost(payroll, 1500 + (double)(i % 5000), dates[i % 3], &job, 0, &cost) == AB_OK)
            sum += cost;
    }
    double seconds = now() - start;
    printf("bench_payroll: COUT.EMPLOYEUR core: %.0f computations/s (%.3f us each; checksum %.0f)\n",
           calls / seconds, seconds / calls * 1e6, sum);
    printf("bench_payroll: parse %s: %.3f ms\n", path, parse_ms);
    ab_payroll_free(payroll);
    return 0;
}
