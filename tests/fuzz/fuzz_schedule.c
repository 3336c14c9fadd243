/* libFuzzer target: any text as a schedule is refused or spread, the parts adding up to the amount. */
#include <stddef.h>
#include <stdint.h>
#include <stdlib.h>

#include "fuzz_text.h"

#include "assobudget/schedule.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    char *text = fuzz_text(data, size);
    if (!text)
        return 0;
    ab_schedule schedule;
    if (ab_schedule_parse(text, &schedule) == AB_OK) {
        /* A plan long enough to hold every payment: they must add up to the amount. */
        double months[AB_SCHEDULE_MAX_MONTHS];
        ab_date date = {2026, 2, 15};
        if (ab_schedule_spread(1234.56, date, &schedule, date, AB_SCHEDULE_MAX_MONTHS, months) != AB_OK)
            abort();
        long long cents = 0;
        for (size_t i = 0; i < AB_SCHEDULE_MAX_MONTHS; i++)
            cents += (long long)(months[i] * 100 + (months[i] < 0 ? -0.5 : 0.5));
        if (cents != 123456)
            abort();
    }
    free(text);
    return 0;
}
