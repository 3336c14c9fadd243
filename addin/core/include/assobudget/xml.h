/* Safe loading of the extension's XML data files into a small tree of the core's own.
 * The only module that talks to libxml2; no libxml2 type appears here. */
#ifndef ASSOBUDGET_XML_H
#define ASSOBUDGET_XML_H

#include <stddef.h>

#include "assobudget/error.h"

#ifdef __cplusplus
extern "C" {
#endif

/** @brief Largest data file the core reads (bytes). */
#define AB_XML_MAX_BYTES (4u * 1024u * 1024u)

/** @brief Deepest element nesting accepted. */
#define AB_XML_MAX_DEPTH 32

/** @brief Most attributes (namespace declarations included) one element may have. */
#define AB_XML_MAX_ATTRIBUTES 32

/** @brief Most elements a file may have (the shipped files have a few hundred). */
#define AB_XML_MAX_ELEMENTS 100000

/** @brief One element: its name, attributes, trimmed text and child elements. */
typedef struct ab_xml_node {
    char *name;                   /**< local name, UTF-8 */
    char **attributes;            /**< name, value, name, value, ..., NULL */
    char *text;                   /**< the element's own text, trimmed; "" if none */
    struct ab_xml_node *children; /**< child elements in document order */
    size_t child_count;
} ab_xml_node;

/**
 * @brief Parses @p size bytes of XML into a tree.
 *
 * Refused, with AB_ERR_DATA_FILE and a message: a DOCTYPE or an entity declaration
 * (no DTD is ever loaded, no entity expanded), anything fetched from the network,
 * XInclude, more than AB_XML_MAX_BYTES, nesting deeper than AB_XML_MAX_DEPTH, more than
 * AB_XML_MAX_ELEMENTS elements, an element with more than AB_XML_MAX_ATTRIBUTES attributes, and
 * any malformed XML. Never writes to stderr.
 * Takes time and memory in proportion to @p size.
 *
 * @param message       out: why a file was refused, valid UTF-8 (ab_message_format()), cut to
 *                      fit; "ok" on success (may be NULL)
 * @param message_size  size of @p message
 * @param root          out: the tree, to free with ab_xml_free()
 */
ab_error ab_xml_parse(const char *data, size_t size, ab_xml_node **root, char *message,
                      size_t message_size);

/** @brief Reads the file at @p path with ab_file_read() (a regular file only, UTF-8 path on
 *         Windows too, at most AB_XML_MAX_BYTES) and parses it like ab_xml_parse(). */
ab_error ab_xml_load(const char *path, ab_xml_node **root, char *message, size_t message_size);

/**
 * @brief How a data-file loader refuses a file: writes the printf-style reason into
 *        @p message (when given) with ab_message_format() (valid UTF-8, cut on a character
 *        boundary), and returns AB_ERR_DATA_FILE.
 */
ab_error ab_xml_refuse(char *message, size_t message_size, const char *format, ...)
#ifdef __GNUC__
    __attribute__((format(printf, 3, 4)))
#endif
    ;

/**
 * @brief For a Windows DLL that links the core and libxml2 statically: call it from the DLL's
 *        DllMain with the same arguments (and return TRUE). On DLL_THREAD_DETACH it frees what
 *        libxml2 keeps for the thread that ends. Does nothing, and returns 1, elsewhere.
 */
int ab_xml_dll_main(void *instance, unsigned long reason, void *reserved);

/** @brief Frees a tree from ab_xml_parse() or ab_xml_load(); NULL is fine. */
void ab_xml_free(ab_xml_node *root);

/** @brief Value of attribute @p name of @p node, or NULL. */
const char *ab_xml_attribute(const ab_xml_node *node, const char *name);

/** @brief First child element of @p node called @p name, or NULL. */
const ab_xml_node *ab_xml_child(const ab_xml_node *node, const char *name);

#ifdef __cplusplus
}
#endif

#endif
