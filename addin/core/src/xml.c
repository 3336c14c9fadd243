/* XML data files: refuse what is unsafe, parse with libxml2, copy into our own tree. */
#include "assobudget/xml.h"

#include <libxml/parser.h>
#include <libxml/tree.h>

#include <stdarg.h>
#include <stdlib.h>
#include <string.h>

#include "assobudget/file.h"
#include "assobudget/message.h"

ab_error ab_xml_refuse(char *message, size_t message_size, const char *format, ...)
{
    va_list args;
    va_start(args, format);
    ab_message_vformat(message, message_size, format, args);
    va_end(args);
    return AB_ERR_DATA_FILE;
}

/* The same, for a message that is not a refusal ("ok"). */
#define say(message, size, ...) ((void)ab_xml_refuse(message, size, __VA_ARGS__))

/* Where @p needle first occurs in the @p size bytes at @p data, from @p from; @p size if nowhere. */
static size_t find(const char *data, size_t size, size_t from, const char *needle)
{
    size_t n = strlen(needle);
    for (size_t i = from; i + n <= size; i++)
        if (memcmp(data + i, needle, n) == 0)
            return i;
    return size;
}

static int contains(const char *data, size_t size, const char *needle)
{
    return find(data, size, 0, needle) < size;
}

static int starts(const char *data, size_t size, size_t at, const char *prefix)
{
    size_t n = strlen(prefix);
    return at + n <= size && memcmp(data + at, prefix, n) == 0;
}

/* Attributes (and namespace declarations) of the start tag at @p at: its '=' outside quotes.
 * Sets *end to the tag's '>' (or @p size). */
static size_t count_attributes(const char *data, size_t size, size_t at, size_t *end)
{
    size_t count = 0;
    char quote = 0;
    for (; at < size; at++) {
        char c = data[at];
        if (quote)
            quote = c == quote ? 0 : quote;
        else if (c == '"' || c == '\'')
            quote = c;
        else if (c == '=')
            count++;
        else if (c == '>')
            break;
    }
    *end = at;
    return count;
}

/* Refuses a file with more than AB_XML_MAX_ELEMENTS elements or an element with more than
 * AB_XML_MAX_ATTRIBUTES attributes, before libxml2 sees it. libxml2 checks an element's attributes
 * for duplicates pairwise and appends each to a list it walks: 300,000 on one element take
 * minutes; a million empty elements take hundreds of MB. So start tags and their attributes are
 * counted first, in one pass over the bytes (comments, CDATA sections and processing
 * instructions skipped; malformed XML is left to libxml2 to refuse). */
static ab_error check_counts(const char *data, size_t size, char *message, size_t message_size)
{
    static const char *const skipped[][2] = {{"<!--", "-->"}, {"<![CDATA[", "]]>"}, {"<?", "?>"}};
    size_t i = 0, elements = 0;
    while ((i = find(data, size, i, "<")) < size) {
        size_t k = 0;
        while (k < 3 && !starts(data, size, i, skipped[k][0]))
            k++;
        if (k < 3) {
            i = find(data, size, i + strlen(skipped[k][0]), skipped[k][1]);
        } else if (starts(data, size, i, "</") || starts(data, size, i, "<!")) {
            i++;
        } else if (count_attributes(data, size, i + 1, &i) > AB_XML_MAX_ATTRIBUTES) {
            return ab_xml_refuse(message, message_size, "an element with more than %d attributes",
                                 AB_XML_MAX_ATTRIBUTES);
        } else if (++elements > AB_XML_MAX_ELEMENTS) {
            return ab_xml_refuse(message, message_size, "more than %d elements", AB_XML_MAX_ELEMENTS);
        }
    }
    return AB_OK;
}

/* libxml2 reports errors here instead of on stderr; the message is taken afterwards. */
static void quiet(void *user, xmlErrorPtr error)
{
    (void)user;
    (void)error;
}

/* libxml2's messages on one line: line breaks and tabs become spaces, none at the end. */
static void one_line(char *message)
{
    size_t n = message ? strlen(message) : 0;
    for (size_t i = 0; i < n; i++)
        if (message[i] == '\n' || message[i] == '\r' || message[i] == '\t')
            message[i] = ' ';
    while (n > 0 && message[n - 1] == ' ')
        message[--n] = '\0';
}

static char *copy(const char *s)
{
    size_t n = strlen(s) + 1;
    char *out = malloc(n);
    if (out)
        memcpy(out, s, n);
    return out;
}

/* The element's own text (its text and CDATA children), trimmed. */
static char *own_text(xmlNodePtr element)
{
    size_t len = 0;
    for (xmlNodePtr c = element->children; c; c = c->next)
        if ((c->type == XML_TEXT_NODE || c->type == XML_CDATA_SECTION_NODE) && c->content)
            len += strlen((const char *)c->content);
    char *text = malloc(len + 1);
    if (!text)
        return NULL;
    size_t at = 0; /* appended where the last piece ended: text between comments stays linear */
    for (xmlNodePtr c = element->children; c; c = c->next)
        if ((c->type == XML_TEXT_NODE || c->type == XML_CDATA_SECTION_NODE) && c->content) {
            size_t n = strlen((const char *)c->content);
            memcpy(text + at, c->content, n);
            at += n;
        }
    text[at] = '\0';
    size_t start = strspn(text, " \t\r\n");
    size_t end = strlen(text);
    while (end > start && strchr(" \t\r\n", text[end - 1]))
        end--;
    memmove(text, text + start, end - start);
    text[end - start] = '\0';
    return text;
}

static void free_node(ab_xml_node *node)
{
    free(node->name);
    if (node->attributes)
        for (char **a = node->attributes; *a; a++)
            free(*a);
    free(node->attributes);
    free(node->text);
    for (size_t i = 0; i < node->child_count; i++)
        free_node(&node->children[i]);
    free(node->children);
}

/* Fills @p out from @p element and its descendants; 0 on failure (out of memory, too deep). */
static int convert(xmlNodePtr element, ab_xml_node *out, int depth)
{
    memset(out, 0, sizeof *out);
    if (depth > AB_XML_MAX_DEPTH)
        return 0;
    out->name = copy((const char *)element->name);
    out->text = own_text(element);
    size_t attrs = 0, kids = 0;
    for (xmlAttrPtr a = element->properties; a; a = a->next)
        attrs++;
    for (xmlNodePtr c = element->children; c; c = c->next)
        kids += c->type == XML_ELEMENT_NODE;
    out->attributes = calloc(2 * attrs + 1, sizeof *out->attributes);
    out->children = kids ? calloc(kids, sizeof *out->children) : NULL;
    if (!out->name || !out->text || !out->attributes || (kids && !out->children))
        return 0;
    size_t i = 0;
    for (xmlAttrPtr a = element->properties; a; a = a->next) {
        xmlChar *value = xmlNodeListGetString(element->doc, a->children, 1);
        out->attributes[i++] = copy((const char *)a->name);
        out->attributes[i++] = copy(value ? (const char *)value : "");
        xmlFree(value);
        if (!out->attributes[i - 2] || !out->attributes[i - 1])
            return 0;
    }
    for (xmlNodePtr c = element->children; c; c = c->next) {
        if (c->type != XML_ELEMENT_NODE)
            continue;
        out->child_count++; /* counted before converting, so a failure frees it too */
        if (!convert(c, &out->children[out->child_count - 1], depth + 1))
            return 0;
    }
    return 1;
}

ab_error ab_xml_parse(const char *data, size_t size, ab_xml_node **root, char *message,
                      size_t message_size)
{
    *root = NULL;
    say(message, message_size, "ok");
    if (!data || size == 0) {
        say(message, message_size, "empty file");
        return AB_ERR_DATA_FILE;
    }
    if (size > AB_XML_MAX_BYTES || size > (size_t)__INT_MAX__) {
        say(message, message_size, "file larger than %u bytes", AB_XML_MAX_BYTES);
        return AB_ERR_DATA_FILE;
    }
    /* No DTD, hence no entity: refused before libxml2 sees them. */
    if (contains(data, size, "<!DOCTYPE") || contains(data, size, "<!ENTITY")) {
        say(message, message_size, "DOCTYPE and entity declarations are refused");
        return AB_ERR_DATA_FILE;
    }
    if (check_counts(data, size, message, message_size) != AB_OK)
        return AB_ERR_DATA_FILE;

    xmlInitParser(); /* idempotent; inside LibreOffice it has been done already */
    xmlParserCtxtPtr ctxt = xmlNewParserCtxt();
    if (!ctxt)
        return AB_ERR_NO_MEMORY;
    ctxt->sax->serror = quiet;
    ctxt->sax->error = NULL;
    ctxt->sax->warning = NULL;
    /* No network, no DTD loading or attribute defaults, no entity substitution, no XInclude. */
    int options = XML_PARSE_NONET | XML_PARSE_NOERROR | XML_PARSE_NOWARNING | XML_PARSE_NOCDATA;
    xmlDocPtr doc = xmlCtxtReadMemory(ctxt, data, (int)size, "data.xml", "UTF-8", options);
    ab_error err = AB_OK;
    if (!doc || !ctxt->wellFormed) {
        xmlErrorPtr e = xmlCtxtGetLastError(ctxt);
        say(message, message_size, "malformed XML (line %d): %s", e ? e->line : 0,
            e && e->message ? e->message : "unknown error");
        one_line(message);
        err = AB_ERR_DATA_FILE;
    } else if (doc->intSubset || doc->extSubset) {
        say(message, message_size, "DOCTYPE refused");
        err = AB_ERR_DATA_FILE;
    } else {
        ab_xml_node *tree = calloc(1, sizeof *tree);
        if (!tree || !convert(xmlDocGetRootElement(doc), tree, 0)) {
            say(message, message_size, "nesting deeper than %d or out of memory", AB_XML_MAX_DEPTH);
            err = AB_ERR_DATA_FILE;
            if (tree)
                free_node(tree);
            free(tree);
        } else {
            *root = tree;
        }
    }
    if (doc)
        xmlFreeDoc(doc);
    xmlFreeParserCtxt(ctxt);
    return err;
}

ab_error ab_xml_load(const char *path, ab_xml_node **root, char *message, size_t message_size)
{
    *root = NULL;
    char *data = NULL;
    size_t size = 0;
    ab_error err = ab_file_read(path, AB_XML_MAX_BYTES, &data, &size, message, message_size);
    if (err == AB_OK)
        err = ab_xml_parse(data, size, root, message, message_size);
    free(data);
    return err;
}

#if defined(_WIN32) && defined(LIBXML_STATIC_FOR_DLL)
/* libxml2's threads.h declares it only to libxml2 itself. */
int XMLCALL xmlDllMain(void *hinstDLL, unsigned long fdwReason, void *lpvReserved);
#endif

int ab_xml_dll_main(void *instance, unsigned long reason, void *reserved)
{
#if defined(_WIN32) && defined(LIBXML_STATIC_FOR_DLL)
    return xmlDllMain(instance, reason, reserved);
#else
    (void)instance;
    (void)reason;
    (void)reserved;
    return 1;
#endif
}

void ab_xml_free(ab_xml_node *root)
{
    if (!root)
        return;
    free_node(root);
    free(root);
}

const char *ab_xml_attribute(const ab_xml_node *node, const char *name)
{
    if (!node || !node->attributes)
        return NULL;
    for (char **a = node->attributes; a[0]; a += 2)
        if (strcmp(a[0], name) == 0)
            return a[1];
    return NULL;
}

const ab_xml_node *ab_xml_child(const ab_xml_node *node, const char *name)
{
    if (!node)
        return NULL;
    for (size_t i = 0; i < node->child_count; i++)
        if (strcmp(node->children[i].name, name) == 0)
            return &node->children[i];
    return NULL;
}
