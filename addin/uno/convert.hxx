// Unpacking UNO arguments into core inputs, and core results into what Calc shows.
// No computation here: only shapes, types and the error mapping of DESIGN.md.
#pragma once

#include <com/sun/star/beans/XPropertySet.hpp>
#include <com/sun/star/lang/IllegalArgumentException.hpp>
#include <com/sun/star/uno/Any.hxx>
#include <com/sun/star/uno/RuntimeException.hpp>
#include <com/sun/star/uno/Sequence.hxx>

#include <rtl/ustring.hxx>

#include <new>
#include <stdexcept>
#include <string>
#include <vector>

extern "C" {
#include "assobudget/date.h"
#include "assobudget/error.h"
#include "assobudget/range.h"
}

using rtl::OUString;

namespace assobudget {

using CellRange = css::uno::Sequence<css::uno::Sequence<css::uno::Any>>;

/** A cell range flattened row by row, empty cells 0. */
struct Numbers {
    std::vector<double> values;
    size_t rows = 0, cols = 0;
    ab_range view() const { return {values.data(), rows, cols}; }
    size_t size() const { return values.size(); }
};

/** The numbers of a range; text in a cell → Err:502. */
Numbers toNumbers(const CellRange &cells);

/** An optional whole number: omitted → @p fallback; text or a fraction → Err:502. */
int optionalInteger(const css::uno::Any &arg, int fallback);

/** An optional number: omitted → @p fallback; text → Err:502 (an empty cell is 0, as Calc passes it). */
double optionalNumber(const css::uno::Any &arg, double fallback);

/** An optional text: omitted or an empty text → @p fallback; a number → Err:502. */
OUString optionalText(const css::uno::Any &arg, const OUString &fallback);

/** The document's null date (serial 0); Calc's default when the document gives none. */
ab_date nullDate(const css::uno::Reference<css::beans::XPropertySet> &document);

/** Throws what Calc shows for @p err: IllegalArgumentException (Err:502); nothing for AB_OK. */
void check(ab_error err);

/** A number for Calc, or void (#N/A) when @p err says no data applies; other errors throw. */
css::uno::Any numberResult(ab_error err, double value);

/** A rows x cols array for Calc from values stored row by row. */
css::uno::Any arrayResult(const std::vector<double> &values, size_t rows, size_t cols);

/** The cells of a range as account texts, row by row: a number as its digits ("6411"),
 *  text as UTF-8, an empty cell as ""; a negative or fractional number → Err:502. */
std::vector<std::string> toAccounts(const CellRange &cells);

/** The single account of a one-cell range (or a value typed in the formula) → see toAccounts. */
std::string toAccount(const CellRange &cells);

/** @p text in UTF-8, as the core reads texts. */
std::string utf8(const OUString &text);

/** A text for Calc, or void (#N/A) when @p err says no data applies; other errors throw. */
css::uno::Any textResult(ab_error err, const char *text);

/** Runs @p body and lets only documented UNO exceptions out: a crash-free boundary. */
template <class Body> css::uno::Any guarded(Body &&body)
{
    try {
        return body();
    } catch (const css::lang::IllegalArgumentException &) {
        throw;
    } catch (const css::uno::RuntimeException &) {
        throw;
    } catch (const std::bad_alloc &) {
        check(AB_ERR_NO_MEMORY);
    } catch (const std::exception &e) {
        throw css::uno::RuntimeException(OUString::createFromAscii(e.what()));
    } catch (...) {
        throw css::uno::RuntimeException("AssoBudget: unexpected error");
    }
    return css::uno::Any();
}

} // namespace assobudget
