// SPDX-License-Identifier: GPL-3.0-or-later
// How long each workspace page takes to open on a large survey (issue 5: 5,000 hosts and
// 50,000 communications, every view in ≤ 1 s). Writes a synthetic survey through the real
// store, loads it as the app does, then times setData + the first paint of every page.
// Usage: bench_gui [HOSTS] [CONVERSATIONS] [MINUTES]     (QT_QPA_PLATFORM=offscreen)
#include <QApplication>
#include <QElapsedTimer>
#include <QTemporaryDir>

#include "app/gui/main_window.h"
#include "app/gui/map_view.h"
#include "app/gui/workspace_selection.h"
#include "app/gui/workspace_view.h"
#include "core/store/survey_store.h"

#include <cstdio>
#include <random>
#include <string>

using namespace mieruka;

namespace {

std::string ipOf(int host)
{
    return "10." + std::to_string(1 + host / 65536 % 200) + "." + std::to_string(host / 250 % 256) + "."
           + std::to_string(1 + host % 250);
}

std::string macOf(int host)
{
    char text[18];
    std::snprintf(text, sizeof text, "00:1b:1b:%02x:%02x:%02x", (host >> 16) & 0xff, (host >> 8) & 0xff, host & 0xff);
    return text;
}

void writeSurvey(store::SurveyStore& store, int hosts, int conversations, int minutes)
{
    constexpr std::int64_t kStart = 1'710'000'000LL * 1'000'000'000LL;
    constexpr std::int64_t kMinute = 60'000'000'000LL;
    std::mt19937 random(7);
    store::CaptureRecord capture;
    capture.sha256 = "synthetic";
    capture.path = "synthetic.pcap";
    capture.format = "pcap";
    capture.id = store.addCapture(capture);
    capture.complete = true;
    capture.startNs = kStart;
    capture.endNs = kStart + minutes * kMinute;
    analysis::AnalysisDelta delta;
    for (int host = 0; host < hosts; ++host) {
        delta.bindings.push_back({macOf(host), ipOf(host), "ip", 100, kStart, capture.endNs, 64, 64});
        delta.endpoints.push_back({false, ipOf(host), 100, 10000, 100, 10000, kStart, capture.endNs, kStart, capture.endNs});
        delta.endpoints.push_back({true, macOf(host), 100, 10000, 100, 10000, kStart, capture.endNs, kStart, capture.endNs});
        for (int minute = 0; minute < minutes; ++minute)
            delta.series.push_back({analysis::SeriesRecord::Kind::Host, kStart / kMinute + minute, ipOf(host), 10, 1000, 10, 1000});
    }
    const char* labels[] = {"modbus", "s7comm", "enip", "http", "smb", "dns", "https", "opcua"};
    const int ports[] = {502, 102, 44818, 80, 445, 53, 443, 4840};
    for (int i = 0; i < conversations; ++i) {
        const int a = static_cast<int>(random() % static_cast<unsigned>(hosts));
        const int b = static_cast<int>(random() % static_cast<unsigned>(hosts));
        const int service = static_cast<int>(random() % 8);
        analysis::ConversationRecord row;
        row.ipProtocol = 6;
        row.hasPorts = true;
        row.lo = std::min(ipOf(a), ipOf(b));
        row.hi = std::max(ipOf(a), ipOf(b));
        row.loPort = 40000 + i % 20000;
        row.hiPort = ports[service];
        row.protocol = labels[service];
        row.packetsLoToHi = row.packetsHiToLo = 10 + random() % 1000;
        row.bytesLoToHi = row.bytesHiToLo = row.packetsLoToHi * 100;
        row.firstNs = kStart;
        row.lastNs = capture.endNs;
        delta.conversations.push_back(row);
    }
    for (int minute = 0; minute < minutes; ++minute)
        for (const char* label : labels)
            delta.series.push_back({analysis::SeriesRecord::Kind::Protocol, kStart / kMinute + minute, label, 1000, 100000, 0, 0});
    capture.packets = 1'000'000;
    store.commitChunk(delta, {capture});
    store.finishCaptures({capture});
}

} // namespace

int main(int argc, char* argv[])
{
    QApplication app(argc, argv);
    const int hosts = argc > 1 ? std::atoi(argv[1]) : 5000;
    const int conversations = argc > 2 ? std::atoi(argv[2]) : 50000;
    const int minutes = argc > 3 ? std::atoi(argv[3]) : 60;
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("scale.mieruka"));
    QElapsedTimer timer;
    timer.start();
    {
        store::SurveyStore store(path.toStdString());
        writeSurvey(store, hosts, conversations, minutes);
    }
    std::printf("survey written: %d hosts, %d conversations, %d minutes (%.2f s)\n", hosts, conversations, minutes,
                timer.elapsed() / 1000.0);
    timer.restart();
    store::SurveyStore store(path.toStdString(), false);
    const auto data = gui::WorkspaceData::load(store, path);
    std::printf("%-10s %8.3f s  (%zu hosts in the ledger)\n", "load", timer.elapsed() / 1000.0, data->snapshot.hosts.size());

    gui::MainWindow window;
    window.resize(1280, 800);
    window.show();
    for (const char* id : {"overview", "assets", "matrix", "map", "traffic", "rankings", "alerts"}) {
        gui::WorkspaceView* view = window.page(QString::fromLatin1(id));
        if (!view)
            continue;
        window.showPage(QString::fromLatin1(id));
        timer.restart();
        view->setData(data);
        view->grab(); // the first paint, as the consultant sees it
        app.processEvents();
        std::printf("%-10s %8.3f s\n", id, timer.elapsed() / 1000.0);
        if (auto* map = qobject_cast<gui::MapView*>(view)) { // the layout runs off the UI thread
            const bool done = map->waitForLayout(120000);
            std::printf("%-10s %8.3f s  (Graphviz layout in the background%s, %d nodes drawn)\n", "map layout",
                        timer.elapsed() / 1000.0, done ? "" : ", NOT finished", map->nodeCount());
        }
    }
    return 0;
}
