#include "importpipeline.h"

#include "csvreader.h"
#include "report/usagerollup.h"
#include "usagesource.h"

#include <algorithm>

namespace cs {

UsagePipeline::UsagePipeline(UsageSource &source, UsageRollupBuilder &rollups)
    : m_source(source)
    , m_rollups(rollups)
    , m_thread([this] { work(); })
{ }

UsagePipeline::~UsagePipeline()
{
    {
        std::lock_guard lock(m_mutex);
        m_stop = true;
        m_changed.notify_all();
    }
    m_thread.join();
}

std::unique_ptr<UsageChunk> UsagePipeline::takeReady()
{
    std::unique_lock lock(m_mutex);
    m_changed.wait(lock, [this] { return !m_ready.empty(); });
    std::unique_ptr<UsageChunk> chunk = std::move(m_ready.front());
    m_ready.pop_front();
    m_changed.notify_all();
    return chunk;
}

bool UsagePipeline::recycle(std::unique_ptr<UsageChunk> chunk)
{
    std::lock_guard lock(m_mutex);
    const bool done = m_finished && m_ready.empty();
    m_spare.push_back(std::move(chunk));
    m_changed.notify_all();
    return done;
}

void UsagePipeline::work()
{
    UsageRow row;
    for (;;) {
        std::unique_ptr<UsageChunk> chunk = takeSpare();
        if (!chunk)
            return;
        fill(*chunk, row);
        sortChunk(*chunk);
        const bool last = chunk->error || chunk->rows.size() < ChunkRows;
        if (!chunk->error && chunk->duplicateLine == 0)
            assignIds(*chunk);
        publish(std::move(chunk), last);
        if (last)
            return;
    }
}

std::unique_ptr<UsageChunk> UsagePipeline::takeSpare()
{
    std::unique_lock lock(m_mutex);
    m_changed.wait(lock, [this] { return m_stop || !m_spare.empty() || m_ready.size() < 2; });
    if (m_stop)
        return nullptr;
    if (m_spare.empty())
        return std::make_unique<UsageChunk>();
    auto chunk = std::move(m_spare.back());
    m_spare.pop_back();
    return chunk;
}

void UsagePipeline::publish(std::unique_ptr<UsageChunk> chunk, bool last)
{
    std::lock_guard lock(m_mutex);
    m_ready.push_back(std::move(chunk));
    m_finished = last;
    m_changed.notify_all();
}

void UsagePipeline::fill(UsageChunk &chunk, UsageRow &row)
{
    CsvReader &csv = m_source.csv();
    chunk.rows.clear();
    chunk.ids.resize(0);
    chunk.error.reset();
    while (chunk.rows.size() < ChunkRows && csv.next()) {
        if (const Status parsed = m_source.parse(row); !parsed) {
            chunk.error = parsed.error();
            chunk.errorLine = csv.line();
            break;
        }
        chunk.rows.push_back({ csv.line(), row.account->id, row.account->parent, row.productId,
                               row.startMs, row.endMs, row.quantity, chunk.ids.size(),
                               row.id.size() });
        chunk.ids.append(row.id.data(), row.id.size());
    }
    if (!chunk.error && csv.hasError()) {
        chunk.error = csv.error();
        chunk.errorLine = csv.line();
    }
}

void UsagePipeline::sortChunk(UsageChunk &chunk)
{
    chunk.order.resize(chunk.rows.size());
    for (quint32 i = 0; i < chunk.order.size(); ++i)
        chunk.order[i] = i;
    std::sort(chunk.order.begin(), chunk.order.end(), [&chunk](quint32 a, quint32 b) {
        const int compared = chunk.idOf(chunk.rows[a]).compare(chunk.idOf(chunk.rows[b]));
        return compared < 0 || (compared == 0 && a < b);
    });
    chunk.duplicateLine = 0;
    for (size_t i = 1; i < chunk.order.size(); ++i) {
        const PendingUsage &p = chunk.rows[chunk.order[i]];
        if (chunk.idOf(chunk.rows[chunk.order[i - 1]]) == chunk.idOf(p)
            && (chunk.duplicateLine == 0 || p.line < chunk.duplicateLine))
            chunk.duplicateLine = p.line;
    }
}

void UsagePipeline::assignIds(UsageChunk &chunk)
{
    chunk.firstId = m_nextId;
    for (const quint32 index : chunk.order) {
        const PendingUsage &p = chunk.rows[index];
        m_rollups.add(m_nextId++, p.channelId, p.accountId, p.productId, p.startMs, p.endMs,
                      p.quantity);
    }
}

} // namespace cs
