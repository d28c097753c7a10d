# SPDX-License-Identifier: GPL-3.0-or-later
# Fails when the translation file still has unfinished or empty entries.
file(READ "${TS_FILE}" content)
string(REGEX MATCHALL "type=\"unfinished\"" unfinished "${content}")
list(LENGTH unfinished count)
if(count GREATER 0)
  message(FATAL_ERROR "${TS_FILE}: ${count} unfinished translation(s); translate them in Qt Linguist")
endif()
