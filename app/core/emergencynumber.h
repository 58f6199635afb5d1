#pragma once

// Which number to call in an emergency: one table by the territory the
// system is set to, which a clinic or the reader can override.

#include <QLocale>
#include <QString>

namespace bph::core {

// The emergency number where `territory` is, for an ambulance first.
// 112 where the table has no entry: mobile phones connect it almost
// everywhere.
QString emergencyNumberForTerritory(QLocale::Territory territory);

// Whether `number` can be dialled as an emergency number: 2 to 8 digits.
bool isPlausibleEmergencyNumber(const QString &number);

// The configured number when it is set and plausible, else the territory's.
QString emergencyNumber(const QString &configured, QLocale::Territory territory);

} // namespace bph::core
