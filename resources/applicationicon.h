#pragma once

#include <QIcon>

namespace cs {

// The ChannelScope icon from the compiled-in resources: the SVG where Qt's SVG icon engine is
// installed, the 256 px PNG everywhere.
QIcon applicationIcon();

} // namespace cs
