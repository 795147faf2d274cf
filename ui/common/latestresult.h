#pragma once

#include <QFuture>
#include <QFutureWatcher>
#include <QObject>
#include <QPointer>

#include <utility>

namespace cs {

// Hands the result of the most recently started future to its handler and drops those of
// earlier starts that were still running: a reload that overtakes another never shows stale
// data. The handler runs in the receiver's thread, never after the receiver is gone. A future
// canceled before it produced a result has nothing to hand over: its end is dropped too.
template<typename T> class LatestResult
{
public:
    template<typename Handler> void start(QFuture<T> future, QObject *receiver, Handler handler)
    {
        watch(receiver, std::move(handler))->setFuture(std::move(future));
    }

    // The same, and progress(value, text) whenever the latest future reports progress.
    template<typename Handler, typename Progress>
    void start(QFuture<T> future, QObject *receiver, Handler handler, Progress progress)
    {
        QFutureWatcher<T> *watcher = watch(receiver, std::move(handler));
        const auto report = [this, watcher, progress = std::move(progress)] {
            if (m_latest == watcher)
                progress(watcher->progressValue(), watcher->progressText());
        };
        QObject::connect(watcher, &QFutureWatcherBase::progressValueChanged, receiver, report);
        QObject::connect(watcher, &QFutureWatcherBase::progressTextChanged, receiver, report);
        watcher->setFuture(std::move(future));
    }

    bool isRunning() const { return !m_latest.isNull(); }
    // The running future's result, when it comes, is dropped.
    void discard() { m_latest = nullptr; }

private:
    template<typename Handler> QFutureWatcher<T> *watch(QObject *receiver, Handler handler)
    {
        auto *watcher = new QFutureWatcher<T>(receiver);
        m_latest = watcher;
        QObject::connect(watcher, &QFutureWatcherBase::finished, receiver,
                         [this, watcher, handler = std::move(handler)]() mutable {
                             watcher->deleteLater();
                             if (m_latest != watcher)
                                 return;
                             m_latest = nullptr;
                             if (watcher->future().resultCount() > 0)
                                 handler(watcher->future().result());
                         });
        return watcher;
    }

    QPointer<QFutureWatcher<T>> m_latest;
};

} // namespace cs
