// SPDX-License-Identifier: GPL-3.0-or-later
#include "traffic_view.h"

#include "protocol_class.h"

#include <QDateTime>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QSplitter>
#include <QToolTip>
#include <QVBoxLayout>
#include <qcustomplot.h>

#include <algorithm>
#include <array>
#include <cmath>
#include <map>

namespace mieruka::gui {

namespace {

constexpr double kMinuteSeconds = 60.0;
constexpr std::int64_t kNsPerSecond = 1'000'000'000;
// A capture longer than this is drawn point by point instead of minute by minute with zeros.
constexpr std::int64_t kMaxDenseMinutes = 400'000;

double bitsPerSecond(std::uint64_t bytes) { return static_cast<double>(bytes) * 8.0 / kMinuteSeconds; }
double perSecond(std::uint64_t count) { return static_cast<double>(count) / kMinuteSeconds; }

// A step line ends at its last point: repeat the last value at the end of its minute so the last
// minute has a width like the others.
void closeSteps(QCPGraph* graph)
{
    if (graph->dataCount() == 0)
        return;
    const auto last = graph->data()->constEnd() - 1;
    graph->addData(last->key + kMinuteSeconds, last->value);
}

// Minutes without a record are zero, not a line drawn across the gap.
std::vector<std::int64_t> minutesToDraw(const std::map<std::int64_t, bool>& seen, std::int64_t first, std::int64_t last)
{
    std::vector<std::int64_t> minutes;
    if (last < first)
        return minutes;
    if (last - first > kMaxDenseMinutes) {
        for (const auto& entry : seen)
            minutes.push_back(entry.first);
        return minutes;
    }
    for (std::int64_t minute = first; minute <= last; ++minute)
        minutes.push_back(minute);
    return minutes;
}

QCPGraph* addRateGraph(QCPAxisRect* rect, const QString& name, const QColor& color, bool filled)
{
    auto* graph = rect->parentPlot()->addGraph(rect->axis(QCPAxis::atBottom), rect->axis(QCPAxis::atLeft));
    graph->setName(name);
    graph->setPen(QPen(color, 1.5));
    if (filled)
        graph->setBrush(QColor(color.red(), color.green(), color.blue(), 150));
    // A minute's value holds for the whole minute: the chart shows averages, not samples.
    graph->setLineStyle(QCPGraph::lsStepLeft);
    return graph;
}

void setupTimeAxis(QCPAxisRect* rect, const QString& valueLabel)
{
    QSharedPointer<QCPAxisTickerDateTime> ticker(new QCPAxisTickerDateTime);
    ticker->setDateTimeSpec(Qt::UTC);
    ticker->setDateTimeFormat(QStringLiteral("yyyy-MM-dd\nHH:mm"));
    rect->axis(QCPAxis::atBottom)->setTicker(ticker);
    rect->axis(QCPAxis::atLeft)->setLabel(valueLabel);
    // Only time zooms and pans: the value axis always fits the data.
    rect->setRangeDrag(Qt::Horizontal);
    rect->setRangeZoom(Qt::Horizontal);
}

// The span of an alert, widened to whole minutes so a one-second storm is still visible.
std::pair<double, double> minuteSpan(const analysis::AlertRecord& alert)
{
    const std::int64_t first = alert.firstNs / kNsPerSecond / 60;
    const std::int64_t last = std::max(alert.lastNs, alert.firstNs) / kNsPerSecond / 60;
    return {static_cast<double>(first) * kMinuteSeconds, static_cast<double>(last + 1) * kMinuteSeconds};
}

bool isVolumeSpike(const analysis::AlertRecord& alert)
{
    if (alert.type != "volume_band")
        return false;
    if (alert.rule == "above")
        return true;
    return std::any_of(alert.fields.begin(), alert.fields.end(),
                       [](const auto& field) { return field.first == "direction" && field.second == "above"; });
}

// Whole milliseconds: a double of seconds since 1970 holds no more, and the filter stays readable.
qint64 toNs(double seconds) { return std::llround(seconds * 1000.0) * 1'000'000; }

QString utc(double seconds)
{
    return QDateTime::fromSecsSinceEpoch(static_cast<qint64>(seconds), Qt::UTC).toString(QStringLiteral("yyyy-MM-dd HH:mm"));
}

} // namespace

TrafficView::TrafficView(WorkspaceSelection* selection, QWidget* parent) : WorkspaceView(selection, parent)
{
    m_overall = new QCustomPlot(this);
    m_overall->setObjectName(QStringLiteral("overallPlot"));
    m_bandwidthRect = m_overall->axisRect();
    m_packetsRect = new QCPAxisRect(m_overall);
    m_overall->plotLayout()->addElement(1, 0, m_packetsRect);
    setupTimeAxis(m_bandwidthRect, tr("bits/s"));
    setupTimeAxis(m_packetsRect, tr("packets/s"));
    m_overall->setInteractions(QCP::iRangeDrag | QCP::iRangeZoom);
    m_overall->legend->setVisible(true);
    m_bandwidthRect->insetLayout()->setInsetAlignment(0, Qt::AlignTop | Qt::AlignLeft);
    // Same left margin in both rects, so a minute sits at the same x in both charts.
    auto* margins = new QCPMarginGroup(m_overall);
    m_bandwidthRect->setMarginGroup(QCP::msLeft | QCP::msRight, margins);
    m_packetsRect->setMarginGroup(QCP::msLeft | QCP::msRight, margins);
    m_overall->setMinimumHeight(320);
    m_overall->addLayer(QStringLiteral("spans"), m_overall->layer(QStringLiteral("grid")), QCustomPlot::limAbove);

    m_host = new QCustomPlot(this);
    m_host->setObjectName(QStringLiteral("hostPlot"));
    setupTimeAxis(m_host->axisRect(), tr("bits/s"));
    m_host->setInteractions(QCP::iRangeDrag | QCP::iRangeZoom);
    m_host->legend->setVisible(true);
    m_host->axisRect()->insetLayout()->setInsetAlignment(0, Qt::AlignTop | Qt::AlignLeft);
    m_host->setMinimumHeight(160);

    const std::array<QCPAxisRect*, 3> rects{m_bandwidthRect, m_packetsRect, m_host->axisRect()};
    for (QCPAxisRect* rect : rects)
        connect(rect->axis(QCPAxis::atBottom), qOverload<const QCPRange&>(&QCPAxis::rangeChanged), this,
                &TrafficView::syncRange);
    connect(m_overall, &QCustomPlot::mousePress, this, &TrafficView::mousePressed);
    connect(m_host, &QCustomPlot::mousePress, this, &TrafficView::mousePressed);
    connect(m_overall->selectionRect(), &QCPSelectionRect::accepted, this, &TrafficView::rectSelected);
    connect(m_host->selectionRect(), &QCPSelectionRect::accepted, this, &TrafficView::rectSelected);
    connect(m_overall, &QCustomPlot::mouseMove, this, &TrafficView::showSpanTip);

    m_useRange = new QPushButton(tr("Use visible range as filter"), this);
    m_useRange->setObjectName(QStringLiteral("useVisibleRange"));
    m_useRange->setToolTip(tr("Or drag over the chart with Shift held down"));
    connect(m_useRange, &QPushButton::clicked, this, &TrafficView::useVisibleRangeAsFilter);
    m_hostTitle = new QLabel(this);
    m_hostTitle->setTextFormat(Qt::PlainText);

    auto* bar = new QHBoxLayout;
    bar->addWidget(new QLabel(tr("Wheel: zoom time · drag: pan · Shift+drag: filter by time"), this));
    bar->addStretch();
    bar->addWidget(m_useRange);
    auto* hostPane = new QWidget(this);
    auto* hostLayout = new QVBoxLayout(hostPane);
    hostLayout->setContentsMargins(0, 0, 0, 0);
    hostLayout->addWidget(m_hostTitle);
    hostLayout->addWidget(m_host);
    auto* splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(m_overall);
    splitter->addWidget(hostPane);
    splitter->setStretchFactor(0, 2);
    splitter->setStretchFactor(1, 1);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(bar);
    layout->addWidget(splitter);

    connect(selection, &WorkspaceSelection::hostChanged, this, &TrafficView::showHost);
    connect(selection, &WorkspaceSelection::peerChanged, this, [this] { showHost(this->selection()->host()); });
    connect(selection, &WorkspaceSelection::filterChanged, this, &TrafficView::followFilter);
    setData(nullptr);
}

int TrafficView::graphCount() const { return m_overall->graphCount() + m_host->graphCount(); }

void TrafficView::setData(WorkspaceDataPtr data)
{
    m_data = std::move(data);
    m_firstMinute = 0;
    m_lastMinute = -1;
    if (m_data) {
        for (const auto* series : {&m_data->protocolSeries, &m_data->hostSeries}) {
            for (const auto& record : *series) {
                m_firstMinute = m_lastMinute < m_firstMinute ? record.minute : std::min(m_firstMinute, record.minute);
                m_lastMinute = std::max(m_lastMinute, record.minute);
            }
        }
    }
    buildOverall();
    buildSpans();
    showHost(selection()->host());
    m_useRange->setEnabled(m_lastMinute >= m_firstMinute);
    followFilter();
}

void TrafficView::buildOverall()
{
    m_overall->clearGraphs();
    QCPGraph* ot = addRateGraph(m_bandwidthRect, tr("OT"), QColor(0xd9, 0x53, 0x1e), true);
    QCPGraph* it = addRateGraph(m_bandwidthRect, tr("IT"), QColor(0x31, 0x6b, 0xb5), true);
    QCPGraph* broadcast = addRateGraph(m_bandwidthRect, tr("Broadcast / discovery"), QColor(0x8e, 0x8e, 0x8e), true);
    QCPGraph* broadcastLine = addRateGraph(m_bandwidthRect, tr("Broadcast / discovery rate"), Qt::black, false);
    broadcastLine->setPen(QPen(Qt::black, 1.5, Qt::DashLine));
    QCPGraph* packets = addRateGraph(m_packetsRect, tr("Packets/s"), QColor(0x2e, 0x8b, 0x57), false);
    packets->removeFromLegend();
    // Stacked areas: each class is drawn on top of the ones below and filled down to them.
    it->setChannelFillGraph(ot);
    broadcast->setChannelFillGraph(it);

    std::map<std::int64_t, std::array<std::uint64_t, kProtocolClassCount>> bytes;
    std::map<std::int64_t, std::uint64_t> packetCount;
    std::map<std::int64_t, bool> seen;
    if (m_data) {
        for (const auto& record : m_data->protocolSeries) {
            const int cls = static_cast<int>(classifyProtocol(record.key));
            bytes[record.minute][static_cast<std::size_t>(cls)] += record.txBytes + record.rxBytes;
            packetCount[record.minute] += record.txPackets + record.rxPackets;
            seen[record.minute] = true;
        }
    }
    for (const std::int64_t minute : minutesToDraw(seen, m_firstMinute, m_lastMinute)) {
        const double key = static_cast<double>(minute) * kMinuteSeconds;
        const auto found = bytes.find(minute);
        const auto perClass = found == bytes.end() ? std::array<std::uint64_t, kProtocolClassCount>{} : found->second;
        const double otRate = bitsPerSecond(perClass[static_cast<std::size_t>(ProtocolClass::Ot)]);
        const double itRate = bitsPerSecond(perClass[static_cast<std::size_t>(ProtocolClass::It)]);
        const double bcRate = bitsPerSecond(perClass[static_cast<std::size_t>(ProtocolClass::Broadcast)]);
        ot->addData(key, otRate);
        it->addData(key, otRate + itRate);
        broadcast->addData(key, otRate + itRate + bcRate);
        broadcastLine->addData(key, bcRate);
        const auto count = packetCount.find(minute);
        packets->addData(key, perSecond(count == packetCount.end() ? 0 : count->second));
    }
    for (int i = 0; i < m_overall->graphCount(); ++i)
        closeSteps(m_overall->graph(i));
    m_bandwidthRect->axis(QCPAxis::atLeft)->rescale();
    m_packetsRect->axis(QCPAxis::atLeft)->rescale();
    for (QCPAxisRect* rect : {m_bandwidthRect, m_packetsRect}) {
        QCPAxis* value = rect->axis(QCPAxis::atLeft);
        value->setRangeLower(0);
        if (value->range().upper <= 0)
            value->setRangeUpper(1);
    }
}

void TrafficView::buildSpans()
{
    m_overall->clearItems();
    m_spans.clear();
    if (!m_data)
        return;
    // Overlapping alerts of one type (a spike on several pairs, a storm second after second) are
    // one shaded span: the chart shows when, the Alerts page lists who.
    struct Raw {
        double from, to;
        bool storm;
        const analysis::AlertRecord* alert;
    };
    std::vector<Raw> raw;
    for (const auto& alert : m_data->snapshot.alerts) {
        const bool storm = alert.type == "broadcast_storm";
        if (!storm && !isVolumeSpike(alert))
            continue;
        const auto [from, to] = minuteSpan(alert);
        raw.push_back({from, to, storm, &alert});
    }
    std::sort(raw.begin(), raw.end(), [](const Raw& a, const Raw& b) {
        return a.storm != b.storm ? a.storm < b.storm : a.from < b.from;
    });
    for (std::size_t i = 0; i < raw.size();) {
        Span span{raw[i].from, raw[i].to, raw[i].storm ? tr("Broadcast storm") : tr("Volume spike"), {}};
        QStringList lines;
        std::size_t j = i;
        for (; j < raw.size() && raw[j].storm == raw[i].storm && raw[j].from <= span.to; ++j) {
            span.to = std::max(span.to, raw[j].to);
            const auto& alert = *raw[j].alert;
            if (lines.size() < 8)
                lines << tr("%1 → %2").arg(QString::fromStdString(alert.src.empty() ? "?" : alert.src),
                                            QString::fromStdString(alert.dst.empty() ? "?" : alert.dst));
        }
        if (j - i > 8)
            lines << tr("… and %n more", nullptr, static_cast<int>(j - i - 8));
        span.tooltip = tr("%1, %2 – %3 UTC (%n alert(s))", nullptr, static_cast<int>(j - i))
                           .arg(span.label, utc(span.from), utc(span.to)) + QLatin1Char('\n') + lines.join(QLatin1Char('\n'));
        const QColor shade = raw[i].storm ? QColor(128, 0, 128, 50) : QColor(220, 20, 20, 45);
        for (QCPAxisRect* rect : {m_bandwidthRect, m_packetsRect}) {
            auto* item = new QCPItemRect(m_overall);
            item->setLayer(QStringLiteral("spans"));
            item->setClipAxisRect(rect);
            for (QCPItemPosition* corner : {item->topLeft, item->bottomRight}) {
                corner->setAxes(rect->axis(QCPAxis::atBottom), rect->axis(QCPAxis::atLeft));
                corner->setAxisRect(rect);
                corner->setTypeX(QCPItemPosition::ptPlotCoords);
                corner->setTypeY(QCPItemPosition::ptAxisRectRatio);
            }
            item->topLeft->setCoords(span.from, 0);
            item->bottomRight->setCoords(span.to, 1);
            item->setPen(Qt::NoPen);
            item->setBrush(shade);
        }
        auto* text = new QCPItemText(m_overall);
        text->setClipAxisRect(m_bandwidthRect);
        text->position->setAxes(m_bandwidthRect->axis(QCPAxis::atBottom), m_bandwidthRect->axis(QCPAxis::atLeft));
        text->position->setAxisRect(m_bandwidthRect);
        text->position->setTypeX(QCPItemPosition::ptPlotCoords);
        text->position->setTypeY(QCPItemPosition::ptAxisRectRatio);
        text->position->setCoords((span.from + span.to) / 2, 0.02);
        text->setPositionAlignment(Qt::AlignTop | Qt::AlignHCenter);
        text->setText(span.label);
        text->setColor(QColor(shade.red(), shade.green(), shade.blue()).darker(150));
        m_spans.push_back(std::move(span));
        i = j;
    }
}

void TrafficView::showHost(const QString& hostKey)
{
    if (!selection()->peer().isEmpty() && !hostKey.isEmpty()) {
        showPair(hostKey, selection()->peer());
        return;
    }
    m_host->clearGraphs();
    QCPAxisRect* rect = m_host->axisRect();
    QCPGraph* tx = addRateGraph(rect, tr("Sent"), QColor(0xd9, 0x53, 0x1e), false);
    QCPGraph* rx = addRateGraph(rect, tr("Received"), QColor(0x31, 0x6b, 0xb5), false);
    m_hostTitle->setText(hostKey.isEmpty() ? tr("Select a host in any view to see its traffic here.")
                                           : tr("Traffic of %1").arg(hostKey));
    if (m_data && !hostKey.isEmpty()) {
        const std::string key = hostKey.toStdString();
        std::map<std::int64_t, std::pair<std::uint64_t, std::uint64_t>> bytes;
        std::map<std::int64_t, bool> seen;
        for (const auto& record : m_data->hostSeries) {
            if (record.key != key)
                continue;
            bytes[record.minute].first += record.txBytes;
            bytes[record.minute].second += record.rxBytes;
            seen[record.minute] = true;
        }
        if (!bytes.empty()) {
            for (const std::int64_t minute : minutesToDraw(seen, m_firstMinute, m_lastMinute)) {
                const double time = static_cast<double>(minute) * kMinuteSeconds;
                const auto found = bytes.find(minute);
                tx->addData(time, found == bytes.end() ? 0.0 : bitsPerSecond(found->second.first));
                rx->addData(time, found == bytes.end() ? 0.0 : bitsPerSecond(found->second.second));
            }
        }
    }
    closeSteps(tx);
    closeSteps(rx);
    QCPAxis* value = rect->axis(QCPAxis::atLeft);
    value->rescale();
    value->setRangeLower(0);
    if (value->range().upper <= 0)
        value->setRangeUpper(1);
    rect->axis(QCPAxis::atBottom)->setRange(m_bandwidthRect->axis(QCPAxis::atBottom)->range());
    m_host->replot();
}

// A pair's series is read from the survey file when asked for: all pairs × minutes would be
// too much to hold for every view.
void TrafficView::showPair(const QString& hostKey, const QString& peerKey)
{
    m_host->clearGraphs();
    QCPAxisRect* rect = m_host->axisRect();
    QCPGraph* both = addRateGraph(rect, tr("Both directions"), QColor(0x6a, 0x3d, 0x9a), false);
    m_hostTitle->setText(tr("Traffic between %1 and %2").arg(hostKey, peerKey));
    if (m_data) {
        const std::string a = hostKey.toStdString(), b = peerKey.toStdString();
        std::vector<analysis::SeriesRecord> rows;
        try {
            store::SurveyStore store(m_data->surveyPath.toStdString(), false);
            rows = store.series(analysis::SeriesRecord::Kind::Pair, a < b ? a + ' ' + b : b + ' ' + a);
        } catch (const store::StoreError&) {
            rows.clear(); // the survey moved or is being written: the title still names the pair
        }
        std::map<std::int64_t, std::uint64_t> bytes;
        std::map<std::int64_t, bool> seen;
        for (const auto& row : rows) {
            bytes[row.minute] += row.txBytes + row.rxBytes;
            seen[row.minute] = true;
        }
        if (!bytes.empty())
            for (const std::int64_t minute : minutesToDraw(seen, m_firstMinute, m_lastMinute)) {
                const auto found = bytes.find(minute);
                both->addData(static_cast<double>(minute) * kMinuteSeconds,
                              found == bytes.end() ? 0.0 : bitsPerSecond(found->second));
            }
    }
    closeSteps(both);
    QCPAxis* value = rect->axis(QCPAxis::atLeft);
    value->rescale();
    value->setRangeLower(0);
    if (value->range().upper <= 0)
        value->setRangeUpper(1);
    rect->axis(QCPAxis::atBottom)->setRange(m_bandwidthRect->axis(QCPAxis::atBottom)->range());
    m_host->replot();
}

// The visible range is the shared time filter when one is set, else the whole capture.
void TrafficView::followFilter()
{
    const auto& filter = selection()->filter();
    double from = static_cast<double>(m_firstMinute) * kMinuteSeconds;
    double to = static_cast<double>(m_lastMinute + 1) * kMinuteSeconds;
    if (m_lastMinute < m_firstMinute) {
        from = static_cast<double>(QDateTime::currentSecsSinceEpoch()) - 3600;
        to = from + 3600;
    }
    if (filter.fromNs != 0)
        from = static_cast<double>(filter.fromNs) / kNsPerSecond;
    if (filter.toNs != 0)
        to = static_cast<double>(filter.toNs) / kNsPerSecond;
    if (to > from)
        syncRange(QCPRange(from, to));
    m_overall->replot();
    m_host->replot();
}

void TrafficView::syncRange(const QCPRange& range)
{
    for (QCustomPlot* plot : {m_overall, m_host}) {
        bool changed = false;
        for (QCPAxisRect* rect : plot->axisRects()) {
            QCPAxis* axis = rect->axis(QCPAxis::atBottom);
            if (axis->range() != range) {
                axis->setRange(range);
                changed = true;
            }
        }
        if (changed)
            plot->replot(QCustomPlot::rpQueuedReplot);
    }
}

void TrafficView::useVisibleRangeAsFilter()
{
    const QCPRange range = m_bandwidthRect->axis(QCPAxis::atBottom)->range();
    selection()->setTimeRange(toNs(range.lower), toNs(range.upper));
}

// Shift turns a drag into a range selection; a plain drag keeps panning.
void TrafficView::mousePressed(QMouseEvent* event)
{
    auto* plot = qobject_cast<QCustomPlot*>(sender());
    if (plot)
        plot->setSelectionRectMode(event->modifiers() & Qt::ShiftModifier ? QCP::srmCustom : QCP::srmNone);
}

void TrafficView::rectSelected(const QRect& rect)
{
    // Pixels of the plot the drag was on: the two plots' axes need not start at the same x.
    auto* source = qobject_cast<QCPSelectionRect*>(sender());
    QCPAxis* time = source ? source->parentPlot()->xAxis : m_bandwidthRect->axis(QCPAxis::atBottom);
    const double from = time->pixelToCoord(rect.left());
    const double to = time->pixelToCoord(rect.right());
    if (to > from)
        selection()->setTimeRange(toNs(from), toNs(to));
    m_overall->setSelectionRectMode(QCP::srmNone);
    m_host->setSelectionRectMode(QCP::srmNone);
}

void TrafficView::showSpanTip(QMouseEvent* event)
{
    const QPointF pos = event->position();
    if (!m_bandwidthRect->rect().contains(pos.toPoint()) && !m_packetsRect->rect().contains(pos.toPoint())) {
        QToolTip::hideText();
        return;
    }
    const double time = m_bandwidthRect->axis(QCPAxis::atBottom)->pixelToCoord(pos.x());
    for (const Span& span : m_spans) {
        if (time >= span.from && time <= span.to) {
            // Addresses come from packets: escaped, so the tooltip never renders them as markup.
            const QString html = QStringLiteral("<p style='white-space:pre'>%1</p>").arg(span.tooltip.toHtmlEscaped());
            QToolTip::showText(event->globalPosition().toPoint(), html, m_overall);
            return;
        }
    }
    QToolTip::hideText();
}

} // namespace mieruka::gui
