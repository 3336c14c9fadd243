// UNO arguments to core inputs and core results to Calc: see convert.hxx.
#include "convert.hxx"

#include <com/sun/star/util/Date.hpp>

#include <cmath>
#include <cstring>
#include <limits>

using namespace css;
using rtl::OUString;

namespace assobudget {

namespace {

[[noreturn]] void refuse(ab_error err)
{
    throw lang::IllegalArgumentException(OUString::createFromAscii(ab_strerror(err)),
                                         uno::Reference<uno::XInterface>(), 0);
}

/** The number in @p value; false for an empty cell (Calc passes it as void or as an
 *  empty string); any other text → Err:502. */
bool numberOf(const uno::Any &value, double &out)
{
    OUString text;
    if (!value.hasValue() || ((value >>= text) && text.isEmpty()))
        return false;
    if (!(value >>= out) || !std::isfinite(out))
        refuse(AB_ERR_ARGUMENT);
    return true;
}

} // namespace

Numbers toNumbers(const CellRange &cells)
{
    Numbers n;
    n.rows = static_cast<size_t>(cells.getLength());
    n.cols = n.rows ? static_cast<size_t>(cells[0].getLength()) : 0;
    n.values.reserve(n.rows * n.cols);
    for (const auto &row : cells) {
        if (static_cast<size_t>(row.getLength()) != n.cols)
            refuse(AB_ERR_SHAPE);
        for (const auto &cell : row) {
            double v = 0;
            numberOf(cell, v);
            n.values.push_back(v);
        }
    }
    return n;
}

/** The single value of @p arg: itself, or the cell of a 1 x 1 range (a cell reference). */
static uno::Any single(const uno::Any &arg)
{
    CellRange cells;
    if (!(arg >>= cells))
        return arg;
    if (cells.getLength() != 1 || cells[0].getLength() != 1)
        refuse(AB_ERR_SHAPE);
    return cells[0][0];
}

double optionalNumber(const uno::Any &arg, double fallback)
{
    double v = 0;
    return numberOf(single(arg), v) ? v : fallback;
}

OUString optionalText(const uno::Any &arg, const OUString &fallback)
{
    uno::Any value = single(arg);
    OUString text;
    if (!value.hasValue())
        return fallback;
    if (!(value >>= text))
        refuse(AB_ERR_ARGUMENT);
    return text.isEmpty() ? fallback : text;
}

int optionalInteger(const uno::Any &arg, int fallback)
{
    // Calc passes a reference to one empty cell as 0, like its own functions see it.
    double v = optionalNumber(arg, fallback);
    if (v != std::trunc(v) || std::fabs(v) > std::numeric_limits<int>::max())
        refuse(AB_ERR_ARGUMENT);
    return static_cast<int>(v);
}

ab_date nullDate(const uno::Reference<beans::XPropertySet> &document)
{
    util::Date d;
    if (document.is()) {
        try {
            if (document->getPropertyValue("NullDate") >>= d)
                return {d.Year, d.Month, d.Day};
        } catch (const uno::Exception &) {
            // A property set without NullDate: Calc's default applies.
        }
    }
    return AB_DEFAULT_NULL_DATE;
}

void check(ab_error err)
{
    if (err != AB_OK)
        refuse(err);
}

uno::Any numberResult(ab_error err, double value)
{
    if (ab_error_is_not_available(err))
        return uno::Any(); // Calc shows #N/A
    check(err);
    if (!std::isfinite(value))
        refuse(AB_ERR_OVERFLOW);
    return uno::Any(value);
}

uno::Any arrayResult(const std::vector<double> &values, size_t rows, size_t cols)
{
    uno::Sequence<uno::Sequence<double>> out(static_cast<sal_Int32>(rows));
    auto *outRows = out.getArray();
    for (size_t r = 0; r < rows; r++) {
        outRows[r].realloc(static_cast<sal_Int32>(cols));
        double *cells = outRows[r].getArray();
        for (size_t c = 0; c < cols; c++) {
            cells[c] = values[r * cols + c];
            if (!std::isfinite(cells[c]))
                refuse(AB_ERR_OVERFLOW);
        }
    }
    return uno::Any(out);
}

namespace {

/** The account in one cell: see toAccounts(). */
std::string accountOf(const uno::Any &value)
{
    OUString text;
    double number = 0;
    if (!value.hasValue())
        return std::string();
    if (value >>= text)
        return utf8(text);
    // Account numbers have at most 15 digits: a double holds them exactly.
    if (!(value >>= number) || !(number >= 0) || number >= 1e15 || number != std::trunc(number))
        refuse(AB_ERR_ARGUMENT);
    return std::to_string(static_cast<long long>(number));
}

} // namespace

std::vector<std::string> toAccounts(const CellRange &cells)
{
    std::vector<std::string> out;
    for (const auto &row : cells)
        for (const auto &cell : row)
            out.push_back(accountOf(cell));
    return out;
}

std::string toAccount(const CellRange &cells)
{
    if (cells.getLength() != 1 || cells[0].getLength() != 1)
        refuse(AB_ERR_SHAPE);
    return accountOf(cells[0][0]);
}

std::string utf8(const OUString &text)
{
    rtl::OString bytes = OUStringToOString(text, RTL_TEXTENCODING_UTF8);
    return std::string(bytes.getStr(), static_cast<size_t>(bytes.getLength()));
}

uno::Any textResult(ab_error err, const char *text)
{
    if (ab_error_is_not_available(err))
        return uno::Any(); // Calc shows #N/A
    check(err);
    return uno::Any(OUString(text, static_cast<sal_Int32>(std::strlen(text)), RTL_TEXTENCODING_UTF8));
}

} // namespace assobudget
