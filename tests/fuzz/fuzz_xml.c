/* libFuzzer target: the safe XML loader must refuse or accept any bytes without a crash or leak,
 * with a message that is valid UTF-8. */
#include <stddef.h>
#include <stdint.h>

#include "assobudget/xml.h"

#include "fuzz_message.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    ab_xml_node *root = NULL;
    char message[128];
    memset(message, 'x', sizeof message);
    ab_error err = ab_xml_parse((const char *)data, size, &root, message, sizeof message);
    fuzz_check_message(message, sizeof message);
    if (err == AB_OK) {
        (void)ab_xml_child(root, "periode");
        (void)ab_xml_attribute(root, "version");
    }
    ab_xml_free(root);
    return 0;
}
