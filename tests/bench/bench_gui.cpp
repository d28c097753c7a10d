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
#include "tests/bench/synthetic_survey.h"

#include <cstdio>
#include <string>

using namespace mieruka;

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
        bench::writeSyntheticSurvey(store, hosts, conversations, minutes);
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
