/* libFuzzer target: the payroll data loader must accept or refuse any bytes without a crash or
 * leak, with a message that is valid UTF-8, and data it accepts must compute without a crash. */
#include <stddef.h>
#include <stdint.h>

#include "assobudget/payroll.h"
#include "assobudget/payroll_data.h"

#include "fuzz_message.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    ab_xml_node *root = NULL;
    ab_payroll *payroll = NULL;
    char message[128];
    memset(message, 'x', sizeof message);
    ab_error err = ab_xml_parse((const char *)data, size, &root, message, sizeof message);
    if (err == AB_OK)
        err = ab_payroll_from_xml(root, &payroll, message, sizeof message);
    fuzz_check_message(message, sizeof message);
    if (err == AB_OK) {
        ab_payroll_job job = ab_payroll_default_job();
        double out, pays[2] = {20000, 40000};
        for (size_t i = 0; i < payroll->period_count; i++) {
            ab_date day = payroll->periods[i].start;
            (void)ab_payroll_employer_cost(payroll, 2500, day, &job, 0, &out);
            (void)ab_payroll_tax(payroll, pays, 2, day.year, NULL, AB_PAYROLL_DEFAULT_YEARLY_RAISE, &out);
            (void)ab_payroll_param(payroll, "TAUX.CHOMAGE", day, AB_PAYROLL_DEFAULT_YEARLY_RAISE, &out);
        }
    }
    ab_payroll_free(payroll);
    ab_xml_free(root);
    return 0;
}
