#pragma once

#include "sqliteusagefeed.h"

#include <condition_variable>
#include <deque>
#include <memory>
#include <mutex>
#include <thread>
#include <vector>

namespace cs {

class UsageRollupBuilder;
class UsageSource;
struct UsageRow;

// The reading side of a fresh SQLite usage import: a worker thread reads and validates usage.csv
// in chunks of ChunkRows rows, sorts each chunk by id, assigns the new records' ids (1, 2, ...
// in that order) and adds them to the rollups, while the connection's thread writes the
// previous chunk. At most two chunks are in flight; written chunks are handed back for reuse.
//
// A chunk with an id twice in it gets no ids and is not added to the rollups; a chunk with an
// error (a bad row, a read error) is the last one. The worker uses the source and the
// rollups until the pipeline is destroyed, which stops and joins it.
class UsagePipeline
{
public:
    static constexpr size_t ChunkRows = 1 << 18;

    UsagePipeline(UsageSource &source, UsageRollupBuilder &rollups);
    Q_DISABLE_COPY_MOVE(UsagePipeline)
    ~UsagePipeline();

    // The next chunk in file order; waits until the worker has published it.
    std::unique_ptr<UsageChunk> takeReady();
    // Gives a written chunk back; true if it was the last chunk of the file.
    bool recycle(std::unique_ptr<UsageChunk> chunk);

private:
    void work();
    std::unique_ptr<UsageChunk> takeSpare();
    void publish(std::unique_ptr<UsageChunk> chunk, bool last);
    void fill(UsageChunk &chunk, UsageRow &row);
    void assignIds(UsageChunk &chunk);
    static void sortChunk(UsageChunk &chunk);

    UsageSource &m_source;
    UsageRollupBuilder &m_rollups;
    qint64 m_nextId = 1;
    std::mutex m_mutex;
    std::condition_variable m_changed;
    std::deque<std::unique_ptr<UsageChunk>> m_ready;
    std::vector<std::unique_ptr<UsageChunk>> m_spare;
    bool m_stop = false; // set by the connection's thread when it is done or failed
    bool m_finished = false; // set by the worker after its last chunk
    std::thread m_thread; // last: starts after everything above is constructed
};

} // namespace cs
