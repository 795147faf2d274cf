#pragma once

#include <QString>

#include <optional>
#include <utility>
#include <variant>

namespace cs {

// What went wrong, as one readable sentence for a person ("usage.csv line 12, column quantity:
// negative quantity"). Never contains a password.
struct Error
{
    QString message;
};

// The value or the reason there is none: the core's way to fail without exceptions.
template<typename T> class [[nodiscard]] Result
{
public:
    Result(T value)
        : m_data(std::in_place_index<0>, std::move(value))
    { }
    Result(Error error)
        : m_data(std::in_place_index<1>, std::move(error))
    { }

    bool ok() const { return m_data.index() == 0; }
    explicit operator bool() const { return ok(); }

    T &value() & { return std::get<0>(m_data); }
    const T &value() const & { return std::get<0>(m_data); }
    T &&value() && { return std::get<0>(std::move(m_data)); }
    T *operator->() { return &value(); }
    const T *operator->() const { return &value(); }
    T &operator*() & { return value(); }
    const T &operator*() const & { return value(); }

    const Error &error() const { return std::get<1>(m_data); }
    const QString &errorString() const { return error().message; }

private:
    std::variant<T, Error> m_data;
};

// For operations that return nothing but may fail.
struct Success
{
};
using Status = Result<Success>;
inline Status success()
{
    return Success {};
}

} // namespace cs
