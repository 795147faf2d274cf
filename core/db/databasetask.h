#pragma once

#include "connection.h"
#include "util/result.h"

#include <QFuture>
#include <QtConcurrent/QtConcurrentRun>

#include <type_traits>
#include <utility>

namespace cs {

// Runs work(Connection &) on the global thread pool, on a connection opened and closed in that
// thread (a Qt SQL connection belongs to the thread that opened it). work returns a Result<T>; a
// database that cannot be opened becomes that result's error. The front ends' one way to reach
// the database without blocking their thread.
template<typename Work>
auto runOnDatabase(const DatabaseUrl &url, Work work,
                   Connection::OpenMode mode = Connection::OpenMode::Existing)
{
    using Outcome = std::invoke_result_t<Work &, Connection &>;
    return QtConcurrent::run([url, mode, work = std::move(work)]() mutable -> Outcome {
        auto opened = Connection::open(url, mode);
        if (!opened)
            return opened.error();
        return work(**opened);
    });
}

} // namespace cs
