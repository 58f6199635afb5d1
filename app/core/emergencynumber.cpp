#include "emergencynumber.h"

#include <QStringView>

#include <algorithm>
#include <iterator>

namespace bph::core {

namespace {

struct Entry {
    QLocale::Territory territory;
    QStringView number;
};

constexpr QStringView kDefaultNumber = u"112";

// The number that reaches an ambulance. Where a country has one number for
// everything, that one; where the police number differs, the ambulance's.
// Territories not listed get 112 (the GSM standard); a clinic anywhere else
// sets its number in its configuration.
constexpr Entry kNumbers[] = {
    // North America and the US territories
    {QLocale::UnitedStates, u"911"},
    {QLocale::Canada, u"911"},
    {QLocale::Mexico, u"911"},
    {QLocale::PuertoRico, u"911"},
    {QLocale::Guam, u"911"},
    {QLocale::UnitedStatesVirginIslands, u"911"},
    {QLocale::AmericanSamoa, u"911"},
    {QLocale::NorthernMarianaIslands, u"911"},
    // Central and South America
    {QLocale::CostaRica, u"911"},
    {QLocale::Panama, u"911"},
    {QLocale::ElSalvador, u"911"},
    {QLocale::Honduras, u"911"},
    {QLocale::DominicanRepublic, u"911"},
    {QLocale::Ecuador, u"911"},
    {QLocale::Venezuela, u"911"},
    {QLocale::Uruguay, u"911"},
    {QLocale::Paraguay, u"911"},
    {QLocale::Argentina, u"107"},
    {QLocale::Brazil, u"192"},
    {QLocale::Chile, u"131"},
    {QLocale::Colombia, u"123"},
    // The United Kingdom, the Crown Dependencies and Ireland
    {QLocale::UnitedKingdom, u"999"},
    {QLocale::Guernsey, u"999"},
    {QLocale::Jersey, u"999"},
    {QLocale::IsleOfMan, u"999"},
    {QLocale::Ireland, u"999"},
    // The European Union
    {QLocale::Austria, u"112"},
    {QLocale::Belgium, u"112"},
    {QLocale::Bulgaria, u"112"},
    {QLocale::Croatia, u"112"},
    {QLocale::Cyprus, u"112"},
    {QLocale::Czechia, u"112"},
    {QLocale::Denmark, u"112"},
    {QLocale::Estonia, u"112"},
    {QLocale::Finland, u"112"},
    {QLocale::France, u"112"},
    {QLocale::Germany, u"112"},
    {QLocale::Greece, u"112"},
    {QLocale::Hungary, u"112"},
    {QLocale::Italy, u"112"},
    {QLocale::Latvia, u"112"},
    {QLocale::Lithuania, u"112"},
    {QLocale::Luxembourg, u"112"},
    {QLocale::Malta, u"112"},
    {QLocale::Netherlands, u"112"},
    {QLocale::Poland, u"112"},
    {QLocale::Portugal, u"112"},
    {QLocale::Romania, u"112"},
    {QLocale::Slovakia, u"112"},
    {QLocale::Slovenia, u"112"},
    {QLocale::Spain, u"112"},
    {QLocale::Sweden, u"112"},
    // Elsewhere in Europe
    {QLocale::Iceland, u"112"},
    {QLocale::Liechtenstein, u"112"},
    {QLocale::Norway, u"113"},
    {QLocale::Switzerland, u"144"},
    {QLocale::Turkey, u"112"},
    // Asia and the Middle East
    {QLocale::India, u"112"},
    {QLocale::Israel, u"101"},
    {QLocale::Japan, u"119"},
    {QLocale::SouthKorea, u"119"},
    {QLocale::Taiwan, u"119"},
    {QLocale::China, u"120"},
    {QLocale::HongKong, u"999"},
    {QLocale::Macao, u"999"},
    {QLocale::Malaysia, u"999"},
    {QLocale::Singapore, u"995"},
    {QLocale::Philippines, u"911"},
    // Oceania
    {QLocale::Australia, u"000"},
    {QLocale::NewZealand, u"111"},
};

} // namespace

QString emergencyNumberForTerritory(QLocale::Territory territory)
{
    const auto entry = std::find_if(std::cbegin(kNumbers), std::cend(kNumbers),
                                    [territory](const Entry &e) { return e.territory == territory; });
    return (entry == std::cend(kNumbers) ? kDefaultNumber : entry->number).toString();
}

bool isPlausibleEmergencyNumber(const QString &number)
{
    return number.size() >= 2 && number.size() <= 8
           && std::all_of(number.cbegin(), number.cend(), [](QChar c) { return c >= u'0' && c <= u'9'; });
}

QString emergencyNumber(const QString &configured, QLocale::Territory territory)
{
    const QString trimmed = configured.trimmed();
    return isPlausibleEmergencyNumber(trimmed) ? trimmed : emergencyNumberForTerritory(territory);
}

} // namespace bph::core
