#pragma once

// Shared by the kiosk.conf tests: a key's value by its name in the file, and
// the check that each warning reaches the log too.

#include "kioskconfig.h"

#include <QTest>
#include <QVariant>

namespace kiosktest {

using namespace Qt::StringLiterals;

// The value of one key, by its name in kiosk.conf.
inline QVariant valueOf(const bph::core::KioskConfig &config, const QString &key)
{
    if (key == "enabled"_L1)
        return config.enabled();
    if (key == "idle_timeout"_L1)
        return config.idleTimeoutSeconds();
    if (key == "warning_countdown"_L1)
        return config.warningCountdownSeconds();
    if (key == "home_guide"_L1)
        return config.homeGuide();
    if (key == "languages"_L1)
        return config.languages();
    if (key == "emergency_number"_L1)
        return config.emergencyNumber();
    if (key == "urgent_message"_L1)
        return config.urgentMessage();
    if (key == "staff_pin_hash"_L1)
        return config.staffPinHash();
    if (key == "allow_printing"_L1)
        return config.allowPrinting();
    if (key == "text_scale"_L1)
        return config.textScale();
    if (key == "pack_public_key"_L1)
        return config.packPublicKey();
    if (key == "phone_base_url"_L1)
        return config.phoneBaseUrl();
    if (key == "content_pack"_L1)
        return config.contentPackPath();
    return {};
}

// Each warning must also reach the log (QTest fails if one does not).
inline void expectLogged(const QStringList &warnings)
{
    for (const QString &warning : warnings)
        QTest::ignoreMessage(QtWarningMsg, qPrintable(warning));
}

} // namespace kiosktest
