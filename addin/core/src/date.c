/* Civil-date arithmetic (H. Hinnant's days_from_civil algorithm) and Calc serials. */
#include "assobudget/date.h"

#include <math.h>

const ab_date AB_DEFAULT_NULL_DATE = {1899, 12, 30};

static int is_leap(int year)
{
    return (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
}

int ab_days_in_month(int year, int month)
{
    static const int days[12] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    if (month < 1 || month > 12)
        return 0;
    return month == 2 && is_leap(year) ? 29 : days[month - 1];
}

int ab_date_is_valid(ab_date d)
{
    return d.year >= 1 && d.year <= 9999 && d.month >= 1 && d.month <= 12 && d.day >= 1 &&
           d.day <= ab_days_in_month(d.year, d.month);
}

long ab_date_to_days(ab_date d)
{
    long y = d.month <= 2 ? d.year - 1 : d.year;
    long era = (y >= 0 ? y : y - 399) / 400;
    long yoe = y - era * 400;
    long mp = (d.month + 9) % 12; /* March = 0 */
    long doy = (153 * mp + 2) / 5 + d.day - 1;
    long doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    return era * 146097 + doe - 719468;
}

ab_date ab_date_from_days(long days)
{
    long z = days + 719468;
    long era = (z >= 0 ? z : z - 146096) / 146097;
    long doe = z - era * 146097;
    long yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
    long doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    long mp = (5 * doy + 2) / 153;
    ab_date d;
    d.day = (int)(doy - (153 * mp + 2) / 5 + 1);
    d.month = (int)(mp < 10 ? mp + 3 : mp - 9);
    d.year = (int)(yoe + era * 400 + (d.month <= 2));
    return d;
}

ab_date ab_date_end_of_month(ab_date d)
{
    d.day = ab_days_in_month(d.year, d.month);
    return d;
}

/* Day numbers of 1 Jan 1 and 31 Dec 9999, the range the core accepts. */
static long first_day(void) { return ab_date_to_days((ab_date){1, 1, 1}); }
static long last_day(void) { return ab_date_to_days((ab_date){9999, 12, 31}); }

ab_error ab_date_from_serial(double serial, ab_date null_date, ab_date *out)
{
    if (!isfinite(serial) || !ab_date_is_valid(null_date))
        return AB_ERR_ARGUMENT;
    double whole = floor(serial);
    double days = (double)ab_date_to_days(null_date) + whole;
    if (days < (double)first_day() || days > (double)last_day())
        return AB_ERR_OVERFLOW;
    *out = ab_date_from_days((long)days);
    return AB_OK;
}

ab_error ab_date_to_serial(ab_date d, ab_date null_date, double *out)
{
    if (!ab_date_is_valid(d) || !ab_date_is_valid(null_date))
        return AB_ERR_ARGUMENT;
    *out = (double)(ab_date_to_days(d) - ab_date_to_days(null_date));
    return AB_OK;
}

int ab_date_number_is_year(double value)
{
    return isfinite(value) && value == floor(value) && value >= 1900 && value <= 9999;
}

ab_error ab_date_or_year_from_number(double value, ab_date null_date, ab_date_or_year *out)
{
    out->is_year = ab_date_number_is_year(value);
    if (out->is_year) {
        out->date = (ab_date){(int)value, 1, 1};
        return AB_OK;
    }
    return ab_date_from_serial(value, null_date, &out->date);
}
