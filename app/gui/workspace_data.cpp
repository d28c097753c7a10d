// SPDX-License-Identifier: GPL-3.0-or-later
#include "workspace_data.h"

namespace mieruka::gui {

std::shared_ptr<const WorkspaceData> WorkspaceData::load(store::SurveyStore& store, const QString& surveyPath)
{
    auto data = std::make_shared<WorkspaceData>();
    data->surveyPath = surveyPath;
    data->snapshot = survey::SurveySnapshot::load(store);
    data->protocolSeries = store.series(analysis::SeriesRecord::Kind::Protocol);
    data->hostSeries = store.series(analysis::SeriesRecord::Kind::Host);
    return data;
}

QString hostKey(const survey::LedgerHost& host)
{
    return QString::fromStdString(host.host.ips.empty() ? host.host.mac : host.host.ips.front());
}

std::shared_ptr<const survey::SurveySnapshot> snapshotOf(const WorkspaceDataPtr& data)
{
    return data ? std::shared_ptr<const survey::SurveySnapshot>(data, &data->snapshot) : nullptr;
}

} // namespace mieruka::gui
