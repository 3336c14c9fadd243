/* make bench: the core's time for a 36-month cash plan of 5,000 schedule lines, and for
 * SOMME.COMPTES over 100,000 entries (the work one Calc call does, without UNO). */
#define _POSIX_C_SOURCE 199309L
#include <stdio.h>
#include <stdlib.h>
#include <time.h>

#include "assobudget/accounts.h"
#include "assobudget/cash.h"
#include "assobudget/schedule.h"

#define LINES 5000
#define MONTHS 36
#define ENTRIES 100000
#define ROUNDS 20

static double now(void)
{
    struct timespec t;
    clock_gettime(CLOCK_MONOTONIC, &t);
    return t.tv_sec + t.tv_nsec / 1e9;
}

static const char *const patterns[] = {"100%", "50%+0;30%+6;20%+14", "80%+2;solde+12", "mensuel", "mensuel:10",
                                       "trimestriel"};

/* 5,000 lines, each an ECHEANCIER call (parse + spread), then the balances and the low point. */
static double plan(double *row, double *receipts, double *payments)
{
    ab_date null_date = AB_DEFAULT_NULL_DATE;
    for (int m = 0; m < MONTHS; m++)
        receipts[m] = payments[m] = 0;
    for (int line = 0; line < LINES; line++) {
        const char *text = patterns[line % 6];
        double date = 46023 + (line % 700); /* 2026 and 2027 */
        if (ab_schedule_serial(1000 + line, date, text, 46023, null_date, MONTHS, row) != AB_OK)
            exit(1);
        double *to = line % 2 ? payments : receipts;
        for (int m = 0; m < MONTHS; m++)
            to[m] += row[m];
    }
    double low;
    ab_range in = {receipts, 1, MONTHS}, out = {payments, 1, MONTHS};
    if (ab_cash_low(10000, in, out, AB_CASH_LOW_BALANCE, &low) != AB_OK)
        exit(1);
    return low;
}

int main(void)
{
    static double row[MONTHS], receipts[MONTHS], payments[MONTHS];
    double t0 = now(), low = 0;
    for (int r = 0; r < ROUNDS; r++)
        low = plan(row, receipts, payments);
    double per_plan = (now() - t0) / ROUNDS;
    printf("bench_cash: 36-month plan of %d ECHEANCIER lines + TRESO.MIN: %.2f ms (%.2f us per line; low %.2f)\n",
           LINES, per_plan * 1e3, per_plan / LINES * 1e6, low);

    static char texts[ENTRIES][8];
    static const char *accounts[ENTRIES];
    static double amounts[ENTRIES];
    static const int numbers[] = {6411, 6451, 6811, 706, 740, 6064, 6132, 6226, 7541, 875};
    for (int i = 0; i < ENTRIES; i++) {
        snprintf(texts[i], sizeof texts[i], "%d", numbers[i % 10]);
        accounts[i] = texts[i];
        amounts[i] = (i % 997) + 0.25;
    }
    double sum = 0;
    t0 = now();
    for (int r = 0; r < ROUNDS; r++)
        if (ab_accounts_sum(accounts, ENTRIES, (ab_range){amounts, ENTRIES, 1}, "6;-68;-686", &sum) != AB_OK)
            return 1;
    double per_sum = (now() - t0) / ROUNDS;
    printf("bench_cash: SOMME.COMPTES \"6;-68;-686\" over %d entries: %.2f ms (%.1f ns per entry; sum %.2f)\n",
           ENTRIES, per_sum * 1e3, per_sum / ENTRIES * 1e9, sum);
    return 0;
}
