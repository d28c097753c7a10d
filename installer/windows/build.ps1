# SPDX-License-Identifier: GPL-3.0-or-later
# UNTESTED: written on Linux, never run on Windows. It encodes the route in README.md (MSVC 2022,
# Qt from the Qt installer, vcpkg, Npcap SDK, QCustomPlot built from source); expect to fix paths
# and versions on first use. capture/helper does not compile on Windows yet (README.md, "What is
# POSIX-only"), so the build stops there until that port is written.
#
# Run from a "x64 Native Tools" PowerShell for VS 2022 at the repository root:
#   .\installer\windows\build.ps1 -QtDir C:\Qt\6.5.3\msvc2019_64 -VcpkgRoot C:\vcpkg `
#       -NpcapSdk C:\npcap-sdk -QCustomPlotSource C:\src\qcustomplot -IeeeDataDir C:\src\ieee-data
[CmdletBinding()]
param(
    [Parameter(Mandatory)] [string] $QtDir,             # e.g. C:\Qt\6.5.3\msvc2019_64
    [Parameter(Mandatory)] [string] $VcpkgRoot,         # a vcpkg checkout, bootstrapped
    [Parameter(Mandatory)] [string] $NpcapSdk,          # unpacked npcap-sdk-*.zip (Include\, Lib\x64\)
    [Parameter(Mandatory)] [string] $QCustomPlotSource, # unpacked QCustomPlot 2.1.x (qcustomplot.h/.cpp)
    [Parameter(Mandatory)] [string] $IeeeDataDir,       # oui.csv, mam.csv, oui36.csv, iab.csv
    [string] $BuildDir = "build-win",
    [string] $Triplet = "x64-windows"
)
$ErrorActionPreference = "Stop"
Set-StrictMode -Version Latest

function Invoke-Checked([string] $What, [scriptblock] $Command) {
    & $Command
    if ($LASTEXITCODE -ne 0) { throw "$What failed (exit $LASTEXITCODE)" }
}

$Root = (Resolve-Path "$PSScriptRoot\..\..").Path
$Build = Join-Path $Root $BuildDir
$Deps = Join-Path $Build "deps"
$Stage = Join-Path $Build "stage"
New-Item -ItemType Directory -Force -Path $Deps, $Stage | Out-Null

# 1. Libraries from vcpkg. pkgconf provides the pkg-config that the top-level CMakeLists uses
#    for libpcap and Graphviz.
$Vcpkg = Join-Path $VcpkgRoot "vcpkg.exe"
Invoke-Checked "vcpkg install" { & $Vcpkg install --triplet $Triplet sqlite3 zlib pcre2 graphviz pkgconf }
$VcpkgInstalled = Join-Path $VcpkgRoot "installed\$Triplet"
$PkgConfig = Get-ChildItem -Recurse -Filter "pkgconf.exe" (Join-Path $VcpkgInstalled "tools") | Select-Object -First 1
if (-not $PkgConfig) { throw "pkgconf.exe not found under $VcpkgInstalled\tools" }

# 2. The Npcap SDK ships no libpcap.pc; write one so pkg_check_modules(PCAP libpcap) finds it.
#    wpcap and Packet are both linked, as the SDK's own examples do.
$PcDir = Join-Path $Deps "pkgconfig"
New-Item -ItemType Directory -Force -Path $PcDir | Out-Null
$Sdk = (Resolve-Path $NpcapSdk).Path -replace '\\', '/'
@"
prefix=$Sdk
Name: libpcap
Description: Npcap SDK (wpcap)
Version: 1.10.4
Cflags: -I`${prefix}/Include
Libs: -L`${prefix}/Lib/x64 -lwpcap -lPacket
"@ | Set-Content -Encoding ascii (Join-Path $PcDir "libpcap.pc")
$env:PKG_CONFIG_PATH = "$PcDir;$(Join-Path $VcpkgInstalled 'lib\pkgconfig')"

# 3. QCustomPlot as a shared library with the CMake package the project asks for
#    (find_package(QCustomPlotQt6) -> QCustomPlotQt6::QCustomPlotQt6).
$QcpBuild = Join-Path $Deps "qcustomplot"
$QcpPrefix = Join-Path $Deps "qcustomplot-install"
New-Item -ItemType Directory -Force -Path $QcpBuild | Out-Null
$QcpSrc = (Resolve-Path $QCustomPlotSource).Path -replace '\\', '/'
@"
cmake_minimum_required(VERSION 3.25)
project(QCustomPlotQt6 VERSION 2.1 LANGUAGES CXX)
find_package(Qt6 REQUIRED COMPONENTS Widgets PrintSupport)
set(CMAKE_AUTOMOC ON)
add_library(QCustomPlotQt6 SHARED $QcpSrc/qcustomplot.cpp $QcpSrc/qcustomplot.h)
target_compile_definitions(QCustomPlotQt6 PRIVATE QCUSTOMPLOT_COMPILE_LIBRARY INTERFACE QCUSTOMPLOT_USE_LIBRARY)
target_include_directories(QCustomPlotQt6 INTERFACE `$<INSTALL_INTERFACE:include>)
target_link_libraries(QCustomPlotQt6 PUBLIC Qt6::Widgets Qt6::PrintSupport)
install(TARGETS QCustomPlotQt6 EXPORT QCustomPlotQt6Targets RUNTIME DESTINATION bin ARCHIVE DESTINATION lib)
install(FILES $QcpSrc/qcustomplot.h DESTINATION include)
install(EXPORT QCustomPlotQt6Targets NAMESPACE QCustomPlotQt6:: DESTINATION lib/cmake/QCustomPlotQt6
        FILE QCustomPlotQt6Config.cmake)
"@ | Set-Content -Encoding ascii (Join-Path $QcpBuild "CMakeLists.txt")
Invoke-Checked "QCustomPlot configure" {
    cmake -S $QcpBuild -B (Join-Path $QcpBuild "build") -G Ninja -DCMAKE_BUILD_TYPE=Release `
        "-DCMAKE_PREFIX_PATH=$QtDir" "-DCMAKE_INSTALL_PREFIX=$QcpPrefix"
}
Invoke-Checked "QCustomPlot build" { cmake --build (Join-Path $QcpBuild "build") --target install }

# 4. Mieruka itself: Release, no tests (they need Linux network namespaces and tshark).
Invoke-Checked "configure" {
    cmake -S $Root -B $Build -G Ninja -DCMAKE_BUILD_TYPE=Release -DMIERUKA_BUILD_TESTS=OFF `
        "-DCMAKE_TOOLCHAIN_FILE=$VcpkgRoot\scripts\buildsystems\vcpkg.cmake" "-DVCPKG_TARGET_TRIPLET=$Triplet" `
        "-DCMAKE_PREFIX_PATH=$QtDir;$QcpPrefix" "-DPKG_CONFIG_EXECUTABLE=$($PkgConfig.FullName)" `
        "-DMIERUKA_IEEE_DATA_DIR=$IeeeDataDir" "-DCMAKE_INSTALL_PREFIX=$Stage"
}
Invoke-Checked "build" { cmake --build $Build }
Invoke-Checked "install" { cmake --install $Build }

# 5. Make the staged folder self-contained: Qt (windeployqt), vcpkg DLLs, QCustomPlot, and the
#    Graphviz plugin list (without config6 no layout engine is found, see README.md).
$Bin = Join-Path $Stage "bin"
$WinDeployQt = Join-Path $QtDir "bin\windeployqt.exe"
foreach ($exe in "mieruka.exe", "mieruka-cli.exe") {
    Invoke-Checked "windeployqt $exe" { & $WinDeployQt --release --no-compiler-runtime (Join-Path $Bin $exe) }
}
Copy-Item (Join-Path $VcpkgInstalled "bin\*.dll") $Bin
Copy-Item (Join-Path $QcpPrefix "bin\QCustomPlotQt6.dll") $Bin
$GraphvizPlugins = Join-Path $VcpkgInstalled "bin\graphviz"
if (Test-Path $GraphvizPlugins) {
    Copy-Item -Recurse -Force $GraphvizPlugins (Join-Path $Bin "graphviz")
}
$Dot = Get-ChildItem -Recurse -Filter "dot.exe" (Join-Path $VcpkgInstalled "tools") -ErrorAction SilentlyContinue | Select-Object -First 1
if ($Dot) {
    # dot -c writes config6 for the plugins beside the gvc.dll it loaded; running a copy from the
    # staged folder makes that the staged gvc.dll. Where vcpkg puts the plugin DLLs has changed
    # between port versions: check that config6 lists dot_layout afterwards.
    $StagedDot = Join-Path $Bin "dot.exe"
    Copy-Item $Dot.FullName $StagedDot
    Invoke-Checked "dot -c" { & $StagedDot -c }
    Remove-Item $StagedDot
} else {
    Write-Warning "dot.exe not found: write config6 for the Graphviz plugins by hand"
}

# The helper's rights come from the Npcap driver, not from this script (README.md).
Write-Host "Staged in $Stage. Capturing needs Npcap installed on the target machine (npcap.com)."
