// What the function table says of each Calc function, as the XAddIn answers need it.
// The table itself (function_table.hxx) is generated from addin/functions.toml.
#pragma once

namespace assobudget {

struct ArgumentInfo {
    const char *nameFr, *nameEn, *descriptionFr, *descriptionEn; // UTF-8
};

struct FunctionInfo {
    const char *name;     // programmatic name = IDL method
    const char *nameFr, *nameEn;
    const char *category; // Calc's English programmatic category
    const char *summaryFr, *summaryEn;
    bool document;        // first IDL parameter is the hidden document XPropertySet
    int argumentCount;    // visible arguments
    const ArgumentInfo *arguments;
};

} // namespace assobudget
