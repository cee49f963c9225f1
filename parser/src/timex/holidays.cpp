// The holiday table and its date rules (see holidays.hpp).
#include "holidays.hpp"

#include <date/islamic.h>

#include <algorithm>
#include <array>
#include <cmath>
#include <deque>
#include <string>
#include <utility>
#include <vector>

namespace annalist::timex {
namespace {

using namespace date;

enum class Rule : unsigned char {
  fixed,                         // month/day
  fixed_weekday,                 // month/day, moved to Friday when on a Saturday and to Monday when on a Sunday
  fixed_not_sunday,              // month/day, moved to the Saturday before when on a Sunday
  nth_weekday,                   // the nth (n < 0: from the end) `weekday` of month
  weekday_before,                // the last `weekday` before month/day
  weekday_from,                  // the first `weekday` on or after month/day
  easter,                        // Western Easter Sunday (Gregorian computus)
  orthodox_easter,               // Orthodox Easter Sunday (Julian computus, in the Gregorian calendar)
  islamic,                       // month/day of the Islamic calendar (Umm al-Qura, by astronomy)
  islamic_last_friday_of_month,  // the last Friday of an Islamic month ("Jumu'atul-Wida")
  us_tax_day,                    // April 15, or the next business day (weekends and Emancipation Day moved)
  hebrew,                        // month/day of the Hebrew calendar (months from Nisan = 1; Adar II = 13)
  hebrew_not_on_shabbat,         // the same, moved to Sunday when on a Saturday (fasts: Tisha B'Av)
  chinese_new_year,              // the first new moon (Beijing time) on or after January 21
  shahenshahi,                   // a day of the Zoroastrian Shahenshahi calendar: 365 days a year, no leap days
};

struct Holiday {
  // Names separated by '|', lower-case; a leading '~' marks a name that is also a common word.
  const char* names;
  Rule rule;
  int month = 0;
  int day = 0;      // day of month, or n for nth_weekday
  int weekday = 0;  // C encoding, 0 = Sunday
  int offset = 0;   // days added to the rule's date
};

// clang-format off
constexpr std::array table{
    // Fixed dates.
    Holiday{"christmas|christmas day|xmas|x-mas|xmas day", Rule::fixed, 12, 25},
    Holiday{"christmas eve|xmas eve", Rule::fixed, 12, 24},
    Holiday{"new year's day|new year day|new year's", Rule::fixed, 1, 1},
    Holiday{"new year's eve|new years eve", Rule::fixed, 12, 31},
    Holiday{"boxing day", Rule::fixed, 12, 26},
    Holiday{"halloween|hallowe'en", Rule::fixed, 10, 31},
    Holiday{"valentine's day|saint valentine's day|st valentine's day|st. valentine's day", Rule::fixed, 2, 14},
    Holiday{"st patrick's day|st. patrick's day|saint patrick's day|st paddy's day|st. paddy's day|saint paddy's day|"
            "st patricks day|saint patricks day", Rule::fixed, 3, 17},
    Holiday{"april fools' day|april fool's day|april fools day|april fools", Rule::fixed, 4, 1},
    Holiday{"earth day", Rule::fixed, 4, 22},
    Holiday{"groundhog day|groundhogs day", Rule::fixed, 2, 2},
    Holiday{"independence day|fourth of july|4th of july", Rule::fixed, 7, 4},
    Holiday{"veterans day|veteran's day|veterans' day|armistice day|remembrance day", Rule::fixed, 11, 11},
    Holiday{"all saints' day|all saints day", Rule::fixed, 11, 1},
    Holiday{"world vegan day", Rule::fixed, 11, 1},
    Holiday{"siblings day|sibling day|national siblings day|national sibling day", Rule::fixed, 4, 10},
    Holiday{"lincoln's birthday|lincolns birthday|lincolns' birthday", Rule::fixed, 2, 12},
    Holiday{"loyalty day|law day|lei day|may day", Rule::fixed, 5, 1},
    Holiday{"anzac day", Rule::fixed, 4, 25},
    Holiday{"canada day|dominion day", Rule::fixed, 7, 1},
    Holiday{"orangemen's day|orangemens day|~the twelfth", Rule::fixed, 7, 12},
    Holiday{"day of reconciliation|day of the covenant|day of the vow", Rule::fixed, 12, 16},
    Holiday{"garifuna settlement day", Rule::fixed, 11, 19},
    Holiday{"indian arrival day", Rule::fixed, 5, 30},
    Holiday{"rabindra jayanti|rabindranath jayanti", Rule::fixed, 5, 9},
    Holiday{"epiphany|three kings' day|three kings day", Rule::fixed, 1, 6},
    Holiday{"assumption day|assumption of mary", Rule::fixed, 8, 15},
    Holiday{"juneteenth", Rule::fixed, 6, 19},
    Holiday{"boss's day|bosses day|boss day|bosses' day|national boss day", Rule::fixed_weekday, 10, 16},
    Holiday{"emancipation day", Rule::fixed_weekday, 4, 16},
    Holiday{"tax day", Rule::us_tax_day, 4, 15},
    Holiday{"king's day|kings day|koningsdag", Rule::fixed_not_sunday, 4, 27},
    // The Nanakshahi calendar fixes Vaisakhi on April 14.
    Holiday{"vaisakhi|baisakhi|vaishakhi", Rule::fixed, 4, 14},
    // The nth weekday of a month (United States unless the name says otherwise).
    Holiday{"martin luther king day|martin luther king's day|martin luther kings day|martin luther king jr. day|"
            "martin luther king jr day|mlk day|mlk jr. day|mlk jr day|civil rights day", Rule::nth_weekday, 1, 3, 1},
    Holiday{"presidents' day|presidents day|president's day|president day|washington's birthday|"
            "george washington day|washington's day|daisy gatson bates day", Rule::nth_weekday, 2, 3, 1},
    Holiday{"family day|islander day|nova scotia heritage day|louis riel day", Rule::nth_weekday, 2, 3, 1},
    Holiday{"daylight saving start|daylight saving start day|daylight savings start|daylight savings start day|"
            "daylight saving time start", Rule::nth_weekday, 3, 2, 0},
    Holiday{"super tuesday", Rule::nth_weekday, 3, 1, 2},
    Holiday{"mother's day|mothers day|mothers' day", Rule::nth_weekday, 5, 2, 0},
    Holiday{"memorial day", Rule::nth_weekday, 5, -1, 1},
    Holiday{"father's day|fathers day|fathers' day", Rule::nth_weekday, 6, 3, 0},
    Holiday{"discovery day", Rule::nth_weekday, 6, 4, 1},
    Holiday{"civic holiday|new brunswick day|british columbia day|natal day|saskatchewan day|terry fox day",
            Rule::nth_weekday, 8, 1, 1},
    Holiday{"labor day|labour day", Rule::nth_weekday, 9, 1, 1},
    Holiday{"columbus day|indigenous peoples' day|indigenous peoples day", Rule::nth_weekday, 10, 2, 1},
    Holiday{"thanksgiving|thanksgiving day", Rule::nth_weekday, 11, 4, 4},
    Holiday{"black friday", Rule::nth_weekday, 11, 4, 4, 1},
    Holiday{"cyber monday", Rule::nth_weekday, 11, 4, 4, 4},
    Holiday{"daylight saving end|daylight saving end day|daylight savings end|daylight savings end day|"
            "daylight saving time end", Rule::nth_weekday, 11, 1, 0},
    // The Wednesday of the last full week (Sunday to Saturday) of April.
    Holiday{"administrative professionals' day|administrative professionals day|administrative professional's day|"
            "secretaries' day|secretaries day|secretary's day|admin day", Rule::nth_weekday, 4, -1, 6, -3},
    Holiday{"reconciliation day", Rule::weekday_from, 5, 27, 1},
    Holiday{"august bank holiday|summer bank holiday|late summer bank holiday", Rule::nth_weekday, 8, -1, 1},
    Holiday{"spring bank holiday|whitsun bank holiday", Rule::nth_weekday, 5, -1, 1},
    Holiday{"early may bank holiday|may bank holiday", Rule::nth_weekday, 5, 1, 1},
    Holiday{"ems week|emergency medical services week", Rule::nth_weekday, 5, 3, 0},
    Holiday{"emsc day|emergency medical services for children day", Rule::nth_weekday, 5, 3, 0, 3},
    Holiday{"victoria day|sovereign's birthday|national patriots' day|national patriots day|national patriot's day",
            Rule::weekday_before, 5, 25, 1},
    // Western Easter and the days counted from it.
    Holiday{"easter|easter sunday|easter day|resurrection sunday", Rule::easter},
    Holiday{"easter monday|easter mon", Rule::easter, 0, 0, 0, 1},
    Holiday{"good friday|holy friday", Rule::easter, 0, 0, 0, -2},
    Holiday{"holy saturday|easter saturday|easter eve", Rule::easter, 0, 0, 0, -1},
    Holiday{"maundy thursday|holy thursday|covenant thursday|thu of mysteries|thursday of mysteries",
            Rule::easter, 0, 0, 0, -3},
    Holiday{"palm sunday", Rule::easter, 0, 0, 0, -7},
    Holiday{"ash wednesday", Rule::easter, 0, 0, 0, -46},
    Holiday{"~lent", Rule::easter, 0, 0, 0, -46},
    Holiday{"shrove tuesday|pancake day|pancake tuesday|mardi gras|fat tuesday", Rule::easter, 0, 0, 0, -47},
    Holiday{"mothering sunday", Rule::easter, 0, 0, 0, -21},
    Holiday{"ascension day|ascension thursday|feast of the ascension", Rule::easter, 0, 0, 0, 39},
    Holiday{"pentecost|whitsunday|whit sunday|whitsun", Rule::easter, 0, 0, 0, 49},
    Holiday{"whit monday|whitmonday|monday of the holy spirit|pentecost monday", Rule::easter, 0, 0, 0, 50},
    Holiday{"trinity sunday", Rule::easter, 0, 0, 0, 56},
    Holiday{"corpus christi", Rule::easter, 0, 0, 0, 60},
    // Orthodox Easter and the days counted from it.
    Holiday{"orthodox easter|orthodox easter sunday|orthodox easter day", Rule::orthodox_easter},
    Holiday{"orthodox easter monday", Rule::orthodox_easter, 0, 0, 0, 1},
    Holiday{"orthodox good friday", Rule::orthodox_easter, 0, 0, 0, -2},
    Holiday{"clean monday|orthodox shrove monday|ash monday|pure monday", Rule::orthodox_easter, 0, 0, 0, -48},
    Holiday{"great lent|great fast", Rule::orthodox_easter, 0, 0, 0, -48},
    Holiday{"lazarus saturday", Rule::orthodox_easter, 0, 0, 0, -8},
    // The Hebrew calendar. Jewish holidays begin at sunset: the day given is the eve (offset -1),
    // as calendars and Duckling list them. Adar is month 12 (13, Adar II, in a leap year).
    Holiday{"rosh hashanah|rosh hashana|rosh hashanna|rosh hoshana|jewish new year", Rule::hebrew, 7, 1, 0, -1},
    Holiday{"yom kippur|day of atonement", Rule::hebrew, 7, 10, 0, -1},
    Holiday{"sukkot|succot|sukkos|feast of tabernacles", Rule::hebrew, 7, 15, 0, -1},
    Holiday{"shemini atzeret", Rule::hebrew, 7, 22, 0, -1},
    Holiday{"simchat torah|simhat torah", Rule::hebrew, 7, 23, 0, -1},
    Holiday{"hanukkah|hanukah|chanukah|chanukkah|hannukah|hanukka|chanuka", Rule::hebrew, 9, 25, 0, -1},
    Holiday{"tu bishvat|tu b'shvat|tu bishevat", Rule::hebrew, 11, 15, 0, -1},
    Holiday{"purim", Rule::hebrew, 12, 14, 0, -1},
    Holiday{"shushan purim", Rule::hebrew, 12, 15, 0, -1},
    Holiday{"passover|pesach|pesah", Rule::hebrew, 1, 15, 0, -1},
    Holiday{"yom hashoah|yom ha'shoah|holocaust remembrance day|holocaust day", Rule::hebrew, 1, 27, 0, -1},
    Holiday{"lag baomer|lag b'omer|lag ba'omer", Rule::hebrew, 2, 18, 0, -1},
    Holiday{"shavuot|shavuos|feast of weeks", Rule::hebrew, 3, 6, 0, -1},
    Holiday{"tisha b'av|tisha bav|tisha b'ab|tisha be'av", Rule::hebrew_not_on_shabbat, 5, 9, 0, -1},
    // Lunisolar and other calendars with an arithmetic or astronomical rule.
    Holiday{"chinese new year|chinese new year's day|chinese new years|chinese lunar new year|"
            "chinese lunar new year's day|lunar new year", Rule::chinese_new_year},
    // Month and day: the Shahenshahi new year fell on 2018-08-17.
    Holiday{"parsi new year|jamshedi navroz", Rule::shahenshahi, 8, 17},
    // The tabular Islamic calendar.
    Holiday{"islamic new year|hijri new year|arabic new year|amun jadid|muharram", Rule::islamic, 1, 1},
    Holiday{"ashura|day of ashura", Rule::islamic, 1, 10},
    Holiday{"mawlid|mawlid al-nabi|mawlid al-nabawi|mawlid an-nabi|mawlid un-nabi|milad un nabi|eid e milad|"
            "prophet's birthday|the prophet's birthday", Rule::islamic, 3, 12},
    Holiday{"isra and mi'raj|isra and miraj|isra' and mi'raj|al-isra wal-mi'raj|the prophet's ascension|"
            "prophet's ascension|lailat al-miraj", Rule::islamic, 7, 27},
    Holiday{"ramadan|ramadhan|ramzan|ramzaan|ramazan", Rule::islamic, 9, 1},
    Holiday{"laylat al-qadr|laylat al qadr|laylat al-kadr|laylat al kadr|lailat al-qadr|night of power|"
            "night of destiny|shab-e-qadr", Rule::islamic, 9, 27},
    Holiday{"eid al-fitr|eid al fitr|eid ul-fitr|eid ul fitr|id ul-fitr|eid-ul-fitr|ramzan id|ramadan eid|"
            "feast of breaking the fast|sweet eid", Rule::islamic, 10, 1},
    Holiday{"eid al-adha|eid al adha|eid ul-adha|eid ul adha|id ul-adha|id-ul-adha|eid-ul-adha|bakr id|bakrid|"
            "bakri eid|eid qurban|qurban bayrami|kurban bayram|sacrifice feast|feast of the sacrifice|"
            "feast of sacrifice", Rule::islamic, 12, 10},
    Holiday{"jumu'atul-wida|jumuatul wida|jumu'atul wida|jamat ul-vida|jamat ul vida|jumat ul-vida|alvida jumma",
            Rule::islamic_last_friday_of_month, 9},
};
// clang-format on

sys_days nth_weekday(int y, int m, int n, int wd) {
  const weekday w{static_cast<unsigned>(wd)};
  if (n > 0) return sys_days{year{y} / m / w[static_cast<unsigned>(n)]};
  return sys_days{year{y} / m / w[last]} - days{7 * (-n - 1)};
}

// Anonymous Gregorian algorithm (Meeus/Jones/Butcher).
sys_days western_easter(int y) {
  const int a = y % 19, b = y / 100, c = y % 100, d = b / 4, e = b % 4, f = (b + 8) / 25, g = (b - f + 1) / 3;
  const int h = (19 * a + b - d - g + 15) % 30, i = c / 4, k = c % 4, l = (32 + 2 * e + 2 * i - h - k) % 7;
  const int m = (a + 11 * h + 22 * l) / 451;
  const int month = (h + l - 7 * m + 114) / 31, day = (h + l - 7 * m + 114) % 31 + 1;
  return sys_days{year{y} / month / day};
}

// Meeus's Julian algorithm; the Julian date is moved to the Gregorian calendar by the century
// difference (13 days from 1900 to 2099).
sys_days orthodox_easter(int y) {
  const int a = y % 4, b = y % 7, c = y % 19, d = (19 * c + 15) % 30, e = (2 * a + 4 * b - d + 34) % 7;
  const int month = (d + e + 114) / 31, day = (d + e + 114) % 31 + 1;
  const int shift = y / 100 - y / 400 - 2;
  return sys_days{year{y} / month / day} + days{shift};
}

// The astronomical new moon (conjunction) of lunation k (k = 0 near 2000-01-06), as days since
// 1970-01-01 UTC: Meeus, "Astronomical Algorithms", ch. 49, with its periodic terms for the new
// moon (the planetary terms and Delta T, under two minutes, are left out).
double new_moon(double k) {
  constexpr double radians = 3.14159265358979323846 / 180;
  const double t = k / 1236.85;
  const double jde = 2451550.09766 + 29.530588861 * k + 0.00015437 * t * t - 0.00000015 * t * t * t;
  const double e = 1 - 0.002516 * t - 0.0000074 * t * t;
  const double m = (2.5534 + 29.1053567 * k - 0.0000014 * t * t) * radians;        // the Sun's anomaly
  const double mm = (201.5643 + 385.81693528 * k + 0.0107582 * t * t) * radians;   // the Moon's
  const double f = (160.7108 + 390.67050284 * k - 0.0016118 * t * t) * radians;    // its latitude
  const double omega = (124.7746 - 1.56375588 * k + 0.0020672 * t * t) * radians;  // its node
  const double correction =
      -0.40720 * std::sin(mm) + 0.17241 * e * std::sin(m) + 0.01608 * std::sin(2 * mm) + 0.01039 * std::sin(2 * f) +
      0.00739 * e * std::sin(mm - m) - 0.00514 * e * std::sin(mm + m) + 0.00208 * e * e * std::sin(2 * m) -
      0.00111 * std::sin(mm - 2 * f) - 0.00057 * std::sin(mm + 2 * f) + 0.00056 * e * std::sin(2 * mm + m) -
      0.00042 * std::sin(3 * mm) + 0.00042 * e * std::sin(m + 2 * f) + 0.00038 * e * std::sin(m - 2 * f) -
      0.00024 * e * std::sin(2 * mm - m) - 0.00017 * std::sin(omega) - 0.00007 * std::sin(mm + 2 * m) +
      0.00004 * std::sin(2 * mm - 2 * f) + 0.00004 * std::sin(3 * m) + 0.00003 * std::sin(mm + m - 2 * f) +
      0.00003 * std::sin(2 * mm + 2 * f) - 0.00003 * std::sin(mm + m + 2 * f) + 0.00003 * std::sin(mm - m + 2 * f) -
      0.00002 * std::sin(mm - m - 2 * f) - 0.00002 * std::sin(3 * mm + m) + 0.00002 * std::sin(4 * mm);
  return jde + correction - 2440587.5;
}

// Sunset at Mecca on day d, in hours UTC (declination and equation of time to a few minutes).
double mecca_sunset_utc(sys_days d) {
  constexpr double pi = 3.14159265358979323846, radians = pi / 180;
  constexpr double latitude = 21.4225 * radians, longitude = 39.8262;
  const year_month_day ymd{d};
  const double n = static_cast<double>((d - sys_days{ymd.year() / 1 / 1}).count()) + 1;
  const double declination = -23.44 * radians * std::cos(2 * pi / 365 * (n + 10));
  const double b = 2 * pi * (n - 81) / 364;
  const double equation_of_time = 9.87 * std::sin(2 * b) - 7.53 * std::cos(b) - 1.5 * std::sin(b);  // minutes
  const double cos_hour_angle = (std::sin(-0.833 * radians) - std::sin(latitude) * std::sin(declination)) /
                                (std::cos(latitude) * std::cos(declination));
  const double hour_angle = std::acos(std::clamp(cos_hour_angle, -1.0, 1.0)) / radians;
  return 12 - longitude / 15 - equation_of_time / 60 + hour_angle / 15;
}

// The first day of Islamic month m of year iy as Saudi Arabia's Umm al-Qura calendar fixes it: the
// day after the conjunction when it comes before sunset at Mecca (the Moon, past the Sun, then sets
// after it), else the day after that. The tabular calendar (date/islamic.h) finds the lunation.
sys_days islamic_month_start(int iy, int m) {
  const sys_days tabular{islamic::year{iy} / islamic::month{static_cast<unsigned>(m)} / islamic::day{1}};
  const double k =
      std::round((static_cast<double>(tabular.time_since_epoch().count()) + 2440587.5 - 2451550.09766) / 29.530588861);
  const double conjunction = new_moon(k);                                                // days since the epoch, UTC
  const sys_days local_day{days{static_cast<int>(std::floor(conjunction + 3.0 / 24))}};  // Mecca is UTC+3
  const double sunset = static_cast<double>(local_day.time_since_epoch().count()) + mecca_sunset_utc(local_day) / 24;
  return local_day + days{conjunction < sunset ? 1 : 2};
}

// Day d of Islamic month m that falls in Gregorian year y, and its Islamic year (an Islamic year
// is 11 days shorter, so a Gregorian year may hold the same Islamic date twice; the first is taken).
std::optional<std::pair<sys_days, int>> islamic_day_in_year(int y, int m, int d) {
  const sys_days first{year{y} / 1 / 1}, last{year{y} / 12 / 31};
  const int islamic_year = static_cast<int>(islamic::year_month_day{first}.year());
  for (int iy = islamic_year - 1; iy <= islamic_year + 1; ++iy) {
    const sys_days day = islamic_month_start(iy, m) + days{d - 1};
    if (day >= first && day <= last) return std::pair{day, iy};
  }
  return std::nullopt;
}

std::optional<sys_days> islamic_date(int y, int m, int d) {
  const auto found = islamic_day_in_year(y, m, d);
  if (!found) return std::nullopt;
  return found->first;
}

// The Hebrew calendar (arithmetic rules as in Reingold & Dershowitz, "Calendrical Calculations").
// Months are numbered from Nisan (1); the year begins in Tishri (7); a leap year has Adar II (13).
bool hebrew_leap_year(long y) { return (7 * y + 1) % 19 < 7; }

// Days from the epoch to the first day of Hebrew year y (with the postponement rules).
long hebrew_elapsed_days(long y) {
  const long months = 235 * ((y - 1) / 19) + 12 * ((y - 1) % 19) + (7 * ((y - 1) % 19) + 1) / 19;
  const long parts_elapsed = 204 + 793 * (months % 1080);
  const long hours_elapsed = 5 + 12 * months + 793 * (months / 1080) + parts_elapsed / 1080;
  const long day = 1 + 29 * months + hours_elapsed / 24;
  const long parts = 1080 * (hours_elapsed % 24) + parts_elapsed % 1080;
  long new_year = day;
  if (parts >= 19440 || (day % 7 == 2 && parts >= 9924 && !hebrew_leap_year(y)) ||
      (day % 7 == 1 && parts >= 16789 && hebrew_leap_year(y - 1)))
    ++new_year;
  if (new_year % 7 == 0 || new_year % 7 == 3 || new_year % 7 == 5) ++new_year;
  return new_year;
}

int hebrew_month_length(int month, long y) {
  const long year_length = hebrew_elapsed_days(y + 1) - hebrew_elapsed_days(y);
  const bool long_heshvan = year_length % 10 == 5, short_kislev = year_length % 10 == 3;
  if (month == 2 || month == 4 || month == 6 || month == 10 || month == 13) return 29;
  if (month == 12 && !hebrew_leap_year(y)) return 29;
  if (month == 8 && !long_heshvan) return 29;
  if (month == 9 && short_kislev) return 29;
  return 30;
}

// Day d of month m of Hebrew year y. Adar (12) means Adar II (13) in a leap year.
sys_days from_hebrew(int m, int d, long y) {
  if (m == 12 && hebrew_leap_year(y)) m = 13;
  long day_count = d;
  const int last_month = hebrew_leap_year(y) ? 13 : 12;
  if (m < 7) {
    for (int month = 7; month <= last_month; ++month) day_count += hebrew_month_length(month, y);
    for (int month = 1; month < m; ++month) day_count += hebrew_month_length(month, y);
  } else {
    for (int month = 7; month < m; ++month) day_count += hebrew_month_length(month, y);
  }
  // Rata Die counts 0001-01-01 (proleptic Gregorian) as day 1; the Hebrew epoch is R.D. -1373429
  // and 1970-01-01 is R.D. 719163.
  const long rata_die = day_count + hebrew_elapsed_days(y) - 1373429;
  return sys_days{days{rata_die - 719163}};
}

// The first day in Gregorian year y that is day d of Hebrew month m.
std::optional<sys_days> hebrew_date(int y, int m, int d) {
  for (long hebrew_year = y + 3760; hebrew_year <= y + 3761; ++hebrew_year) {
    const sys_days day = from_hebrew(m, d, hebrew_year);
    if (year_month_day{day}.year() == year{y}) return day;
  }
  return std::nullopt;
}

// The new moon after lunation k (k = 0: January 2000), as Beijing (UTC+8) day. Meeus, Astronomical
// Algorithms, chapter 49, with the periodic terms above 0.0001 day: a few minutes' accuracy.
sys_days new_moon_beijing(long k) {
  constexpr double pi = 3.14159265358979323846, rad = pi / 180;
  const double kd = static_cast<double>(k), t = kd / 1236.85;
  const double jde =
      2451550.09766 + 29.530588861 * kd + 0.00015437 * t * t - 0.000000150 * t * t * t + 0.00000000073 * t * t * t * t;
  const double e = 1 - 0.002516 * t - 0.0000074 * t * t;
  const double m = (2.5534 + 29.10535670 * kd - 0.0000014 * t * t) * rad;
  const double mp = (201.5643 + 385.81693528 * kd + 0.0107582 * t * t + 0.00001238 * t * t * t) * rad;
  const double f = (160.7108 + 390.67050284 * kd - 0.0016118 * t * t - 0.00000227 * t * t * t) * rad;
  const double omega = (124.7746 - 1.56375588 * kd + 0.0020672 * t * t) * rad;
  const double correction =
      -0.40720 * std::sin(mp) + 0.17241 * e * std::sin(m) + 0.01608 * std::sin(2 * mp) + 0.01039 * std::sin(2 * f) +
      0.00739 * e * std::sin(mp - m) - 0.00514 * e * std::sin(mp + m) + 0.00208 * e * e * std::sin(2 * m) -
      0.00111 * std::sin(mp - 2 * f) - 0.00057 * std::sin(mp + 2 * f) + 0.00056 * e * std::sin(2 * mp + m) -
      0.00042 * std::sin(3 * mp) + 0.00042 * e * std::sin(m + 2 * f) + 0.00038 * e * std::sin(m - 2 * f) -
      0.00024 * e * std::sin(2 * mp - m) - 0.00017 * std::sin(omega);
  // Julian day 2440587.5 is 1970-01-01 00:00 UTC.
  const double beijing = jde + correction - 2440587.5 + 8.0 / 24;
  return sys_days{days{static_cast<long>(std::floor(beijing))}};
}

std::optional<sys_days> chinese_new_year(int y) {
  const sys_days earliest{year{y} / 1 / 21};
  long k = static_cast<long>(std::floor((y - 2000) * 12.3685)) - 1;
  while (new_moon_beijing(k) < earliest) ++k;
  return new_moon_beijing(k);
}

std::optional<sys_days> rule_date(const Holiday& h, int y) {
  switch (h.rule) {
    case Rule::fixed:
      return sys_days{year{y} / h.month / h.day};
    case Rule::fixed_weekday: {
      const sys_days d{year{y} / h.month / h.day};
      const weekday w{d};
      if (w == Saturday) return d - days{1};
      if (w == Sunday) return d + days{1};
      return d;
    }
    case Rule::fixed_not_sunday: {
      const sys_days d{year{y} / h.month / h.day};
      return weekday{d} == Sunday ? d - days{1} : d;
    }
    case Rule::nth_weekday:
      return nth_weekday(y, h.month, h.day, h.weekday);
    case Rule::weekday_before: {
      const sys_days before = sys_days{year{y} / h.month / h.day} - days{1};
      return before - (weekday{before} - weekday{static_cast<unsigned>(h.weekday)});
    }
    case Rule::weekday_from: {
      const sys_days from{year{y} / h.month / h.day};
      return from + (weekday{static_cast<unsigned>(h.weekday)} - weekday{from});
    }
    case Rule::easter:
      return western_easter(y);
    case Rule::orthodox_easter:
      return orthodox_easter(y);
    case Rule::islamic:
      return islamic_date(y, h.month, h.day);
    case Rule::hebrew:
      return hebrew_date(y, h.month, h.day);
    case Rule::chinese_new_year:
      return chinese_new_year(y);
    case Rule::shahenshahi: {
      // 365-day years: the date moves one day earlier every leap year of the Gregorian calendar.
      constexpr int base_year = 2018;
      return sys_days{year{base_year} / h.month / h.day} + days{365L * (y - base_year)};
    }
    case Rule::hebrew_not_on_shabbat: {
      const auto d = hebrew_date(y, h.month, h.day);
      if (d && weekday{*d} == Saturday) return *d + days{1};
      return d;
    }
    case Rule::us_tax_day: {
      // Emancipation Day (April 16, a Friday or Monday when on a weekend) is a holiday in
      // Washington, D.C., so the filing deadline moves past it too.
      const sys_days emancipation = *rule_date(Holiday{"", Rule::fixed_weekday, 4, 16}, y);
      sys_days d{year{y} / h.month / h.day};
      while (weekday{d} == Saturday || weekday{d} == Sunday || d == emancipation) d += days{1};
      return d;
    }
    case Rule::islamic_last_friday_of_month: {
      const auto start = islamic_day_in_year(y, h.month, 1);
      if (!start) return std::nullopt;
      const int next_year = h.month == 12 ? start->second + 1 : start->second;
      const sys_days last_day = islamic_month_start(next_year, h.month % 12 + 1) - days{1};
      return last_day - (weekday{last_day} - Friday);
    }
  }
  return std::nullopt;
}

std::vector<HolidayName> build_names() {
  std::vector<HolidayName> names;
  static std::deque<std::string> storage;  // owns the generated variants (a deque never moves them)
  for (std::size_t i = 0; i < table.size(); ++i) {
    const std::string_view all = table[i].names;
    std::size_t start = 0;
    while (start <= all.size()) {
      const std::size_t bar = std::min(all.find('|', start), all.size());
      std::string_view name = all.substr(start, bar - start);
      const bool common = !name.empty() && name.front() == '~';
      if (common) name.remove_prefix(1);
      // The name as listed, and without its apostrophes ("new years day").
      std::string plain;
      for (const char c : name)
        if (c != '\'') plain += c;
      names.push_back({name, static_cast<int>(i), common});
      if (plain != name) {
        storage.push_back(plain);
        names.push_back({storage.back(), static_cast<int>(i), common});
      }
      start = bar + 1;
    }
  }
  return names;
}

}  // namespace

std::span<const HolidayName> holiday_names() {
  static const std::vector<HolidayName> names = build_names();
  return names;
}

std::optional<date::sys_days> holiday_date(int holiday, int y) {
  if (holiday < 0 || holiday >= static_cast<int>(table.size()) || y < 1583 || y > 2199) return std::nullopt;
  const Holiday& h = table[static_cast<std::size_t>(holiday)];
  const auto d = rule_date(h, y);
  if (!d) return std::nullopt;
  return *d + days{h.offset};
}

}  // namespace annalist::timex
