// SPDX-License-Identifier: GPL-3.0-or-later
#include "detection_worker.h"

#include "core/analysis/operation_counter.h"
#include "core/decode/packet_decoder.h"
#include "core/detect/stream_detector.h"


namespace mieruka::ingest {

/// What runs on the worker thread: its own decoder, the operation counter, the streaming detectors.
class DetectionWorker::Engine {
public:
    Engine(bool countOperations, bool detect, const detect::DetectionOptions& options,
           const std::vector<detect::SignatureMonitor::RuleFile>& ruleFiles)
        : m_countOperations(countOperations), m_detect(detect), m_stream(streamOptions(detect, options), ruleFiles)
    {
    }

    std::vector<std::string> ruleReport() const { return m_stream.ruleReport(); }
    /// Read by the importing thread: only flags fixed at construction.
    bool streamWants(const decode::DecodedPacket& packet) const { return m_detect && m_stream.wants(packet); }

    void process(const Batch& batch)
    {
        for (const Entry& entry : batch.entries) {
            const std::span<const std::byte> frame(entry.data, entry.capturedLength);
            if (!m_decoder.decode(entry.linkType, frame, entry.originalLength, m_decoded))
                continue;
            const analysis::FrameRef ref{entry.fileIndex, entry.packetNumber};
            if (m_countOperations)
                m_operations.addPacket(m_decoded, entry.timestampNs, ref);
            if (m_detect) {
                analysis::FlowSample flow;
                flow.fromInitiator = entry.fromInitiator;
                flow.bothSidesSent = entry.bothSidesSent;
                m_stream.addPacket(m_decoded, entry.timestampNs, ref, flow);
            }
        }
    }

    Results take(bool final)
    {
        Results results;
        results.operations = m_operations.take();
        if (m_detect)
            results.alerts = m_stream.take(final);
        return results;
    }

private:
    static detect::DetectionOptions streamOptions(bool detect, detect::DetectionOptions options)
    {
        if (!detect)
            options.enabled.reset(); // nothing to load or count
        return options;
    }

    bool m_countOperations, m_detect;
    decode::PacketDecoder m_decoder; ///< its anomaly counts are the importing thread's business
    decode::DecodedPacket m_decoded;
    analysis::OperationCounter m_operations;
    detect::StreamDetector m_stream;
};

DetectionWorker::DetectionWorker(bool countOperations, bool detect, const detect::DetectionOptions& options,
                                 const std::vector<detect::SignatureMonitor::RuleFile>& ruleFiles)
    : m_countOperations(countOperations), m_engine(std::make_unique<Engine>(countOperations, detect, options, ruleFiles)),
      m_ruleReport(m_engine->ruleReport())
{
    m_thread = std::thread([this] { run(); });
}

DetectionWorker::~DetectionWorker()
{
    {
        std::lock_guard lock(m_mutex);
        m_stop = true;
    }
    m_changed.notify_all();
    m_thread.join();
}

bool DetectionWorker::wants(const decode::DecodedPacket& packet) const
{
    return (m_countOperations && !packet.payload.empty()) || m_engine->streamWants(packet);
}

void DetectionWorker::setFrameOwner(std::shared_ptr<const void> owner)
{
    m_owner = std::move(owner);
    if (m_filling && m_owner)
        m_filling->owners.push_back(m_owner);
}

void DetectionWorker::add(const RawPacket& packet, const analysis::FlowSample& flow)
{
    if (!m_owner)
        return; // nothing would keep the bytes valid until the worker reads them
    if (m_filling && m_filling->entries.size() >= kBatchFrames)
        submit(std::move(m_filling));
    if (!m_filling) {
        std::unique_lock lock(m_mutex);
        // Back-pressure: the importing thread waits rather than queueing without bound.
        m_changed.wait(lock, [this] { return m_outstanding < kMaxBatches; });
        if (!m_spare.empty()) {
            m_filling = std::move(m_spare.back());
            m_spare.pop_back();
        } else {
            m_filling = std::make_unique<Batch>();
            m_filling->entries.reserve(kBatchFrames);
        }
        m_filling->owners.push_back(m_owner);
        m_filling->entries.clear();
        m_filling->flush = m_filling->final = false;
    }
    Entry& entry = m_filling->entries.emplace_back();
    entry.data = packet.data.data();
    entry.capturedLength = static_cast<std::uint32_t>(packet.data.size());
    entry.originalLength = packet.originalLength;
    entry.linkType = packet.linkType;
    entry.timestampNs = packet.timestampNs;
    entry.fileIndex = packet.fileIndex;
    entry.packetNumber = packet.packetNumber;
    entry.fromInitiator = flow.fromInitiator;
    entry.bothSidesSent = flow.bothSidesSent;
}

void DetectionWorker::submit(std::unique_ptr<Batch> batch)
{
    {
        std::lock_guard lock(m_mutex);
        ++m_outstanding;
        m_queue.push_back(std::move(batch));
    }
    m_changed.notify_all();
}

DetectionWorker::Results DetectionWorker::take(bool final)
{
    std::unique_ptr<Batch> marker = std::move(m_filling);
    if (!marker)
        marker = std::make_unique<Batch>();
    marker->flush = true;
    marker->final = final;
    submit(std::move(marker));
    std::unique_lock lock(m_mutex);
    m_changed.wait(lock, [this] { return m_resultsReady; });
    m_resultsReady = false;
    return std::exchange(m_results, {});
}

void DetectionWorker::run()
{
    for (;;) {
        std::unique_ptr<Batch> batch;
        {
            std::unique_lock lock(m_mutex);
            m_changed.wait(lock, [this] { return m_stop || !m_queue.empty(); });
            if (m_queue.empty())
                return; // stopping, nothing left
            batch = std::move(m_queue.front());
            m_queue.pop_front();
        }
        m_engine->process(*batch);
        batch->owners.clear(); // the read-ahead batches may be reused from here on
        Results results;
        if (batch->flush)
            results = m_engine->take(batch->final);
        {
            std::lock_guard lock(m_mutex);
            if (batch->flush) {
                m_results = std::move(results);
                m_resultsReady = true;
            }
            --m_outstanding;
            if (m_spare.size() < kMaxBatches)
                m_spare.push_back(std::move(batch));
        }
        m_changed.notify_all();
    }
}

} // namespace mieruka::ingest
