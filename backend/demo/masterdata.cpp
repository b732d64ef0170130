// The demo's master data: customers, products, suppliers, units, closed
// orders and fiscal periods that the simulated systems check against.

#include "demo_rules.h"
#include "engine_json.h"
#include "store.h"
#include <rapidjson/document.h>
#include <rapidjson/pointer.h>
#include <algorithm>
#include <chrono>
#include <cmath>
#include <cstdio>
#include <mutex>
#include <optional>
#include <set>
#include <thread>

namespace flowdesk::backend {

// ---------------------------------------------------------------------------
// Master data

const std::vector<DemoCustomer> &DemoMasterData::customers()
{
    static const std::vector<DemoCustomer> list = {
        {"C-10001", "Bergmann Antriebstechnik GmbH", "DE", "EUR", 250000, 61200, false, "Berlin", "Motzener Str. 12", "12277", "einkauf@bergmann-antriebe.example", "+49 30 7562 1100"},
        {"C-10002", "Lyonnaise de Robinetterie SA", "FR", "EUR", 180000, 40500, false, "Lyon", "14 Rue de Gerland", "69007", "achats@lyon-robinetterie.example", "+33 4 72 76 11 20"},
        {"C-10003", "Nowak Maszyny Sp. z o.o.", "PL", "PLN", 600000, 152000, false, "Poznan", "ul. Gorecka 41", "61-485", "zakupy@nowak-maszyny.example", "+48 61 835 22 10"},
        {"C-10004", "Autopartes del Bajio S.A. de C.V.", "MX", "MXN", 4500000, 1320000, false, "Puebla", "Av. Industrial 220", "72730", "compras@autopartes-bajio.example", "+52 222 311 4400"},
        {"C-10005", "Hoffmann Foerdertechnik AG", "DE", "EUR", 400000, 98000, false, "Hamburg", "Am Saatwinkel 3", "22113", "bestellung@hoffmann-ft.example", "+49 40 7311 980"},
        {"C-10006", "Atelier Mecanique Durand", "FR", "EUR", 60000, 58900, true, "Grenoble", "5 Avenue Jean Perrot", "38100", "contact@durand-meca.example", "+33 4 76 44 12 09"},
        {"C-10007", "Kowalski Hydraulika", "PL", "PLN", 250000, 41000, false, "Wroclaw", "ul. Krakowska 180", "52-015", "biuro@kowalski-hydraulika.example", "+48 71 344 80 00"},
        {"C-10008", "Industrias Metalicas de Puebla", "MX", "MXN", 2000000, 250000, false, "Puebla", "Blvd. Norte 1810", "72000", "compras@imp-puebla.example", "+52 222 240 1010"},
        {"C-10009", "Schneider & Soehne Pumpen GmbH", "DE", "EUR", 300000, 120500, false, "Dortmund", "Hafenstr. 77", "44147", "einkauf@schneider-pumpen.example", "+49 231 98 650"},
        {"C-10010", "Nordic Marine Systems AB", "SE", "EUR", 220000, 12000, false, "Goteborg", "Hamnvagen 9", "41755", "purchasing@nordic-marine.example", "+46 31 650 400"},
        {"C-10011", "Brennan Process Equipment Ltd", "GB", "GBP", 150000, 33000, false, "Leeds", "Whitehall Road 140", "LS12 5JB", "buying@brennan-process.example", "+44 113 496 0330"},
        {"C-10012", "Midwest Fluid Power Inc.", "US", "USD", 500000, 210000, false, "Milwaukee", "2200 W Bluemound Rd", "53208", "po@midwest-fluidpower.example", "+1 414 555 0190"},
        {"C-10013", "Vogel Landmaschinen KG", "DE", "EUR", 90000, 87400, true, "Magdeburg", "Lübecker Str. 53", "39124", "einkauf@vogel-landtechnik.example", "+49 391 2544 700"},
        {"C-10014", "Ferrari Componenti S.r.l.", "IT", "EUR", 160000, 22000, false, "Brescia", "Via Industriale 31", "25125", "acquisti@ferrari-componenti.example", "+39 030 355 2100"},
        {"C-10015", "Textiles Monterrey S.A.", "MX", "MXN", 400000, 120000, false, "Monterrey", "Av. Constitucion 450", "64000", "compras@textiles-mty.example", "+52 81 8340 2200"},
        {"C-10016", "Wagner Verpackungsmaschinen", "DE", "EUR", 20000, 14500, false, "Leipzig", "Torgauer Str. 231", "04347", "einkauf@wagner-vm.example", "+49 341 2420 600"},
        {"C-10017", "Societe Alpine de Telepheriques", "FR", "EUR", 350000, 75000, false, "Annecy", "22 Route des Alpes", "74000", "achats@alpine-teleph.example", "+33 4 50 45 77 00"},
        {"C-10018", "Zaklady Chemiczne Poznan S.A.", "PL", "PLN", 300000, 296000, true, "Poznan", "ul. Hetmanska 93", "60-218", "zaopatrzenie@zch-poznan.example", "+48 61 866 40 40"},
        {"C-10019", "Ostermann Windkraft GmbH", "DE", "EUR", 800000, 140000, false, "Bremen", "Überseetor 18", "28217", "procurement@ostermann-wind.example", "+49 421 696 3300"},
        {"C-10020", "Grupo Cementero del Golfo", "MX", "MXN", 6000000, 900000, false, "Veracruz", "Carretera Federal 180 km 3", "91697", "compras@cementero-golfo.example", "+52 229 980 1200"},
    };
    return list;
}

const std::vector<DemoProduct> &DemoMasterData::products()
{
    static const std::vector<DemoProduct> list = {
        {"P-1001", "Hydraulic gear pump HP-200", "pcs", 1240.00, 18.5},
        {"P-1002", "Gear housing GH-45, cast iron", "pcs", 385.00, 22.0},
        {"P-1003", "Drive shaft DS-1200", "pcs", 212.50, 7.2},
        {"P-1004", "Bearing kit BK-60", "set", 96.00, 1.4},
        {"P-1005", "Seal ring NBR 60x80", "pcs", 2.40, 0.02},
        {"P-1006", "Hydraulic oil HLP 46", "l", 3.10, 0.87},
        {"P-1007", "Steel sheet S235, 2 mm", "kg", 1.35, 1.0},
        {"P-1008", "Power cable NYY 4x2.5", "m", 4.80, 0.21},
        {"P-1009", "Control unit CU-7 (PLC)", "pcs", 1890.00, 3.1},
        {"P-1010", "Valve block VB-4", "pcs", 640.00, 9.8},
        {"P-1011", "Motor flange MF-112", "pcs", 74.00, 2.6},
        {"P-1012", "Hex bolt M12x60, 8.8", "pcs", 0.38, 0.07},
        {"P-1013", "Aluminium profile 40x40", "m", 9.20, 1.5},
        {"P-1014", "Export crate, heat treated", "pcs", 18.00, 14.0},
        {"P-1015", "Paint RAL 5010", "kg", 11.50, 1.0},
        {"P-1016", "Pump assembly PA-200, complete", "pcs", 3150.00, 41.0},
    };
    return list;
}

const std::vector<DemoSupplier> &DemoMasterData::suppliers()
{
    static const std::vector<DemoSupplier> list = {
        {"V-2001", "Stahlwerk Thueringen GmbH", "4012345000016", {{"ST-S235-2.0", "P-1007"}}},
        {"V-2002", "Kabelwerke Lausitz", "4012345000023", {{"NYY-4X2.5", "P-1008"}}},
        {"V-2003", "Rolltech Bearings", "4012345000030", {{"RB-6012-KIT", "P-1004"}, {"RB-SHAFT-1200", "P-1003"}}},
        {"V-2004", "Dichtungstechnik Weber", "4012345000047", {{"OR-60X80-NBR", "P-1005"}}},
        {"V-2005", "Aluprofil Polska", "5901234000012", {{"AP-4040-6M", "P-1013"}}},
        {"V-2006", "Fundicion del Centro", "7501234000015", {{"GH45-RAW", "P-1002"}, {"MF112-RAW", "P-1011"}}},
        {"V-2007", "Schrauben Mueller", "4012345000054", {{"DIN933-M12X60", "P-1012"}}},
        {"V-2008", "Fluidtechnik Sachsen", "4012345000061", {{"HLP46-IBC", "P-1006"}, {"VB4-ASSY", "P-1010"}}},
    };
    return list;
}

const std::map<std::string, std::string> &DemoMasterData::uoms()
{
    static const std::map<std::string, std::string> map = {
        {"pcs", "unit"}, {"set", "unit"}, {"box", "unit"}, {"PCE", "unit"}, {"SET", "unit"},
        {"kg", "weight"}, {"t", "weight"},   {"KGM", "weight"},
        {"l", "volume"},  {"LTR", "volume"},
        {"m", "length"},  {"MTR", "length"},
        {"h", "time"},
    };
    return map;
}

const std::vector<std::string> &DemoMasterData::closedOrders()
{
    static const std::vector<std::string> list = {
        "SO2026-000871", "SO2026-001204", "SO2026-002318", "SO2026-003377",
        "PO/2026/00412", "PO/2026/00533", "PO/2026/00698",
        "MO/2026/01002", "MO/2026/01145", "MO/2026/01301",
    };
    return list;
}

const std::vector<std::string> &DemoMasterData::workCenters()
{
    static const std::vector<std::string> list = {"WC-ASSY-1", "WC-ASSY-2", "WC-CNC-1", "WC-CNC-2",
                                                  "WC-PAINT",  "WC-TEST",   "WC-PACK"};
    return list;
}

const std::vector<std::string> &DemoMasterData::equipment()
{
    static const std::vector<std::string> list = {"EQ-PRESS-01", "EQ-PRESS-02", "EQ-CNC-01",   "EQ-CNC-02",
                                                  "EQ-CNC-03",   "EQ-ROBOT-01", "EQ-ROBOT-02", "EQ-OVEN-01",
                                                  "EQ-TESTBENCH-1"};
    return list;
}

const std::vector<std::pair<std::string, std::string>> &DemoMasterData::existingDocuments()
{
    static const std::vector<std::pair<std::string, std::string>> list = {
        {"crm-quote-to-order", "SO2026-000105"}, {"crm-quote-to-order", "SO2026-000112"},
        {"shopify-order-import", "SO2026-000131"}, {"invoice-posting", "INV/2026/00042"},
        {"invoice-posting", "INV/2026/00057"},   {"edi-supplier-asn", "ASN-880012"},
        {"wms-shipment-dispatch", "SH-2026-000310"},
    };
    return list;
}

bool DemoMasterData::periodOpen(const std::string &period, TimeMs now)
{
    const std::string current = detail::formatPeriod(now);
    int y = std::stoi(current.substr(0, 4));
    int m = std::stoi(current.substr(5, 2)) - 1;
    if (m == 0) {
        m = 12;
        --y;
    }
    char previous[32];
    std::snprintf(previous, sizeof previous, "%04d-%02d", y, m);
    return period == current || period == previous;
}


} // namespace flowdesk::backend
