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
  nth_weekday_election_year,     // the same, only in US presidential election years (divisible by 4)
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
  chinese_month_day,             // day `day` of Chinese lunar month `month`
  solar_term,                    // the day (Beijing) the Sun reaches tropical longitude `day` ("Qingming", 15)
  nowruz,                        // the Iranian new year: the March equinox, the next day when after noon at Tehran
  shahenshahi,                   // a day of the Zoroastrian Shahenshahi calendar: 365 days a year, no leap days
  hindu_solar,                   // the day the Sun enters sidereal sign `month` (0 = Mesha, 9 = Makara)
  hindu_lunar,                   // tithi `day` (1-30) of amanta month `month` (1 = Chaitra), observed at `weekday`
  hindu_star,                    // the (last) day of lunar mansion `day` (1-27) in the solar month of sign `month`
  julian,                        // month/day of the Julian calendar, in the Gregorian ("Orthodox Christmas": January 7)
  super_bowl,                    // the NFL's Super Bowl Sunday, by the league's schedule of the year
  us_inauguration,               // January 20 after a US presidential election year (March 4 before 1937)
  once,                          // month/day of year `weekday` only: a day in history ("D-Day", 1944-06-06)
  hebrew_independence,           // Israel's Independence Day: 5 Iyar, moved off Friday, Saturday and Monday
  regional_only,                 // no day of its own: only a country's line in regional_table dates it
};

// When in the day a Hindu lunar holiday's tithi must hold (Rule::hindu_lunar's `weekday` field):
// most at sunrise (udaya tithi), some at midday (madhyahna) or in the afternoon (aparahna), evening
// ones at pradosh, Karva Chauth at moonrise, Krishna's and Shiva's nights at midnight.
enum Observance : int { at_sunrise, at_midday, at_afternoon, at_pradosh, at_moonrise, at_midnight };

struct Holiday {
  // Names separated by '|', lower-case; a leading '~' marks a name that is also a common word, a
  // leading '^' (first name only) a holiday read only when capitalised, whatever else is said.
  const char* names;
  Rule rule;
  int month = 0;
  int day = 0;      // day of month, or n for nth_weekday
  int weekday = 0;  // C encoding, 0 = Sunday
  int offset = 0;   // days added to the rule's date
  int length = 1;   // days it lasts, its first day counted ("Hanukkah": its eve and 8 days, 9)
};

// clang-format off
constexpr std::array table{
    // Fixed dates.
    Holiday{"christmas|christmas day|xmas|x-mas|xmas day", Rule::fixed, 12, 25},
    Holiday{"christmas eve|xmas eve", Rule::fixed, 12, 24},
    Holiday{"new year's day|new year day|new year's", Rule::fixed, 1, 1},
    Holiday{"new year's eve|new years eve|hogmanay", Rule::fixed, 12, 31},
    Holiday{"boxing day", Rule::fixed, 12, 26},
    Holiday{"halloween|hallowe'en", Rule::fixed, 10, 31},
    Holiday{"valentine's day|saint valentine's day|st valentine's day|st. valentine's day", Rule::fixed, 2, 14},
    Holiday{"st patrick's day|st. patrick's day|saint patrick's day|st paddy's day|st. paddy's day|saint paddy's day|"
            "st patricks day|saint patricks day", Rule::fixed, 3, 17},
    Holiday{"april fools' day|april fool's day|april fools day|april fools", Rule::fixed, 4, 1},
    Holiday{"earth day", Rule::fixed, 4, 22},
    Holiday{"groundhog day|groundhogs day", Rule::fixed, 2, 2},
    Holiday{"independence day", Rule::fixed, 7, 4},
    // A country's National Day (regional_table), capitalised: no day without its country ("Norway's
    // National Day", "National Day in Switzerland"); "the National Day of Prayer" is another name.
    Holiday{"^national day", Rule::regional_only},
    Holiday{"yom ha'atzmaut|yom haatzmaut|yom ha-atzmaut", Rule::hebrew_independence, 2, 5},
    // The United States' Independence Day by its date: the same day in every country (not
    // holiday_in_region's "independence day").
    Holiday{"fourth of july|4th of july", Rule::fixed, 7, 4},
    Holiday{"veterans day|veteran's day|veterans' day|armistice day|remembrance day", Rule::fixed, 11, 11},
    // Victory in Europe (8 May 1945) and over Japan (15 August 1945, the surrender announced),
    // marked every year.
    Holiday{"ve day|v-e day|victory in europe day", Rule::fixed, 5, 8},
    Holiday{"vj day|v-j day|victory over japan day", Rule::fixed, 8, 15},
    // The Normandy landings: a day in history, not a yearly one; read only where its sentence says
    // which D-Day (scanner.cpp: names_the_normandy_landing), capitalised.
    Holiday{"^d-day", Rule::once, 6, 6, 1944},
    // Japan's Golden Week, April 29 (Showa Day) to May 5: its first day, as Ramadan's and Lent's
    // (China's, 1-7 October, in regional_table). Capitalised only ("a golden week for the team").
    Holiday{"^golden week", Rule::fixed, 4, 29, 0, 0, 7},
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
    Holiday{"australia day", Rule::fixed, 1, 26},
    Holiday{"burns night|burns supper", Rule::fixed, 1, 25},
    Holiday{"waitangi day", Rule::fixed, 2, 6},
    Holiday{"st david's day|st. david's day|saint david's day", Rule::fixed, 3, 1},
    Holiday{"st george's day|st. george's day|saint george's day", Rule::fixed, 4, 23},
    Holiday{"international workers' day|workers' day", Rule::fixed, 5, 1},
    Holiday{"cinco de mayo", Rule::fixed, 5, 5},
    Holiday{"~flag day", Rule::fixed, 6, 14},
    Holiday{"bastille day", Rule::fixed, 7, 14},
    Holiday{"women's equality day", Rule::fixed, 8, 26},
    Holiday{"patriot day", Rule::fixed, 9, 11},
    Holiday{"citizenship day", Rule::fixed, 9, 17},
    Holiday{"united nations day", Rule::fixed, 10, 24},
    Holiday{"all souls' day|all souls day", Rule::fixed, 11, 2},
    Holiday{"guy fawkes night|guy fawkes day|~bonfire night", Rule::fixed, 11, 5},
    // Mexico's Day of the Dead (its main day, November 2, All Souls'); capitalised only, in title
    // case ("the day of the dead soldiers' funeral" is none).
    // Its Spanish name too, with and without the accent (U+00ED, UTF-8 C3 AD).
    Holiday{"^day of the dead|dia de los muertos|dia de muertos|d\xC3\xAD" "a de los muertos|d\xC3\xAD" "a de muertos",
            Rule::fixed, 11, 2},
    // China's Singles' Day (11/11), the online shopping festival; capitalised only ("a singles day
    // at the tennis club").
    Holiday{"^singles' day|singles day", Rule::fixed, 11, 11},
    // "the Ides of March", the day Caesar was killed; capitalised only (a film's title in quotes or
    // after a word is no date: context.cpp).
    Holiday{"^ides of march", Rule::fixed, 3, 15},
    Holiday{"st andrew's day|st. andrew's day|saint andrew's day", Rule::fixed, 11, 30},
    Holiday{"world aids day", Rule::fixed, 12, 1},
    Holiday{"pearl harbor remembrance day|pearl harbor day", Rule::fixed, 12, 7},
    Holiday{"human rights day", Rule::fixed, 12, 10},
    Holiday{"kwanzaa", Rule::fixed, 12, 26, 0, 0, 7},
    Holiday{"kruger day", Rule::fixed, 10, 10},
    // National days the press of Kenya, South Africa, Nigeria, India and Pakistan names without its
    // date. A capital is asked of the names that are also common phrases ('~'): "on Heritage Day"
    // is 24 September, "a heritage day at the museum" no date.
    Holiday{"madaraka day", Rule::fixed, 6, 1},
    Holiday{"mashujaa day", Rule::fixed, 10, 20},
    Holiday{"jamhuri day", Rule::fixed, 12, 12},
    Holiday{"~freedom day", Rule::fixed, 4, 27},
    Holiday{"~heritage day", Rule::fixed, 9, 24},
    Holiday{"mandela day|nelson mandela international day", Rule::fixed, 7, 18},
    Holiday{"~democracy day", Rule::fixed, 6, 12},
    Holiday{"gandhi jayanti", Rule::fixed, 10, 2},
    Holiday{"pakistan day", Rule::fixed, 3, 23},
    Holiday{"national arbor week|arbor week", Rule::fixed, 9, 1},  // South Africa, September 1-7
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
    Holiday{"super tuesday", Rule::nth_weekday_election_year, 3, 1, 2},
    Holiday{"super bowl sunday", Rule::super_bowl},
    // Capitalised only, as "Election Day": "inauguration day" in lower case is any office's.
    Holiday{"^inauguration day", Rule::us_inauguration},
    // US Election Day: the Tuesday after the first Monday of November (federal elections in even
    // years, state and local ones in odd). Capitalised only ('^'), as AP writes it: "election day"
    // in lower case is any election's, even with its year ("election day in 1910" in Mexico).
    Holiday{"^election day", Rule::weekday_from, 11, 2, 2},
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
    Holiday{"arbor day|national arbor day", Rule::nth_weekday, 4, -1, 5},
    Holiday{"armed forces day", Rule::nth_weekday, 5, 3, 6},
    // Massachusetts' and Maine's Patriots' Day, the third Monday of April ("Patriot Day" is 11 September).
    Holiday{"patriots' day|patriots day", Rule::nth_weekday, 4, 3, 1},
    // The sovereign's official birthday, a public holiday in Australia and New Zealand: the second
    // Monday of June in most Australian states (the day without a region; New Zealand's, Western
    // Australia's and Queensland's in regional_table). Capitalised only, in title case: "the
    // Queen's birthday" is her own day.
    Holiday{"^queen's birthday|king's birthday", Rule::nth_weekday, 6, 2, 1},
    // The United Kingdom's Remembrance Sunday, the second Sunday of November.
    Holiday{"remembrance sunday", Rule::nth_weekday, 11, 2, 0},
    Holiday{"grandparents day|grandparents' day|national grandparents day", Rule::weekday_from, 9, 7, 0},
    Holiday{"august bank holiday|summer bank holiday|late summer bank holiday", Rule::nth_weekday, 8, -1, 1},
    Holiday{"spring bank holiday|whitsun bank holiday", Rule::nth_weekday, 5, -1, 1},
    Holiday{"early may bank holiday|may bank holiday", Rule::nth_weekday, 5, 1, 1},
    // Ireland's June and October bank holidays.
    Holiday{"june bank holiday", Rule::nth_weekday, 6, 1, 1},
    Holiday{"october bank holiday", Rule::nth_weekday, 10, -1, 1},
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
    Holiday{"~lent", Rule::easter, 0, 0, 0, -46, 46},
    // Eastertide, Easter Sunday to Pentecost: its Sundays are "the second Sunday of Easter" and on.
    Holiday{"eastertide", Rule::easter, 0, 0, 0, 0, 50},
    Holiday{"shrove tuesday|pancake day|pancake tuesday|mardi gras|fat tuesday", Rule::easter, 0, 0, 0, -47},
    Holiday{"mothering sunday|laetare sunday", Rule::easter, 0, 0, 0, -21},
    // Sundays of Eastertide news names: the second (Low Sunday, capitalised: "a low Sunday turnout"; Divine
    // Mercy Sunday) and the fourth.
    Holiday{"^low sunday|divine mercy sunday", Rule::easter, 0, 0, 0, 7},
    Holiday{"good shepherd sunday", Rule::easter, 0, 0, 0, 21},
    Holiday{"ascension day|ascension thursday|feast of the ascension", Rule::easter, 0, 0, 0, 39},
    Holiday{"pentecost|whitsunday|whit sunday|whitsun", Rule::easter, 0, 0, 0, 49},
    Holiday{"whit monday|whitmonday|monday of the holy spirit|pentecost monday", Rule::easter, 0, 0, 0, 50},
    Holiday{"trinity sunday", Rule::easter, 0, 0, 0, 56},
    Holiday{"corpus christi", Rule::easter, 0, 0, 0, 60},
    // Advent, from the fourth Sunday before Christmas (the Sunday on or after November 27) to Christmas
    // Eve: 22 to 28 days, its four Sundays inside the first 22.
    Holiday{"~advent", Rule::weekday_from, 11, 27, 0, 0, 22},
    Holiday{"advent sunday", Rule::weekday_from, 11, 27, 0},
    // The Sunday before Advent's first; Advent's third.
    Holiday{"christ the king sunday|feast of christ the king", Rule::weekday_from, 11, 20, 0},
    Holiday{"gaudete sunday", Rule::weekday_from, 12, 11, 0},
    // Orthodox Easter and the days counted from it.
    Holiday{"orthodox easter|orthodox easter sunday|orthodox easter day", Rule::orthodox_easter},
    Holiday{"orthodox easter monday", Rule::orthodox_easter, 0, 0, 0, 1},
    Holiday{"orthodox good friday", Rule::orthodox_easter, 0, 0, 0, -2},
    Holiday{"clean monday|orthodox shrove monday|ash monday|pure monday", Rule::orthodox_easter, 0, 0, 0, -48},
    Holiday{"great lent|great fast", Rule::orthodox_easter, 0, 0, 0, -48, 40},
    Holiday{"lazarus saturday", Rule::orthodox_easter, 0, 0, 0, -8},
    // The Orthodox (and Coptic) Christmas: December 25 of the Julian calendar.
    Holiday{"orthodox christmas|orthodox christmas day|coptic christmas", Rule::julian, 12, 25},
    Holiday{"orthodox christmas eve|coptic christmas eve", Rule::julian, 12, 24},
    // The Hebrew calendar. Jewish holidays begin at sunset: the day given is the eve (offset -1),
    // as calendars and Duckling list them. Adar is month 12 (13, Adar II, in a leap year).
    Holiday{"rosh hashanah|rosh hashana|rosh hashanna|rosh hoshana|jewish new year", Rule::hebrew, 7, 1, 0, -1},
    Holiday{"yom kippur|day of atonement", Rule::hebrew, 7, 10, 0, -1},
    Holiday{"sukkot|succot|sukkos|feast of tabernacles", Rule::hebrew, 7, 15, 0, -1, 8},
    Holiday{"shemini atzeret", Rule::hebrew, 7, 22, 0, -1},
    Holiday{"simchat torah|simhat torah", Rule::hebrew, 7, 23, 0, -1},
    Holiday{"hanukkah|hanukah|chanukah|chanukkah|hannukah|hanukka|chanuka", Rule::hebrew, 9, 25, 0, -1, 9},
    Holiday{"tu bishvat|tu b'shvat|tu bishevat", Rule::hebrew, 11, 15, 0, -1},
    Holiday{"purim", Rule::hebrew, 12, 14, 0, -1},
    Holiday{"shushan purim", Rule::hebrew, 12, 15, 0, -1},
    Holiday{"passover|pesach|pesah", Rule::hebrew, 1, 15, 0, -1, 9},
    Holiday{"yom hashoah|yom ha'shoah|holocaust remembrance day|holocaust day", Rule::hebrew, 1, 27, 0, -1},
    Holiday{"lag baomer|lag b'omer|lag ba'omer", Rule::hebrew, 2, 18, 0, -1},
    Holiday{"shavuot|shavuos|feast of weeks", Rule::hebrew, 3, 6, 0, -1},
    Holiday{"tisha b'av|tisha bav|tisha b'ab|tisha be'av", Rule::hebrew_not_on_shabbat, 5, 9, 0, -1},
    // Lunisolar and other calendars with an arithmetic or astronomical rule.
    Holiday{"chinese new year|chinese new year's day|chinese new years|chinese lunar new year|"
            "chinese lunar new year's day|lunar new year", Rule::chinese_new_year},
    Holiday{"lantern festival|yuanxiao", Rule::chinese_new_year, 0, 0, 0, 14},
    Holiday{"qingming|qingming festival|ching ming|tomb-sweeping day|tomb sweeping day", Rule::solar_term, 0, 15},
    Holiday{"dragon boat festival|duanwu|tuen ng", Rule::chinese_month_day, 5, 5},
    Holiday{"mid-autumn festival|mid autumn festival|moon festival|mooncake festival", Rule::chinese_month_day, 8, 15},
    Holiday{"double ninth festival|chung yeung", Rule::chinese_month_day, 9, 9},
    Holiday{"nowruz|norouz|noruz|navruz|nauryz|persian new year|iranian new year", Rule::nowruz},
    // Month and day: the Shahenshahi new year fell on 2018-08-17.
    Holiday{"parsi new year|jamshedi navroz", Rule::shahenshahi, 8, 17},
    // The Hindu calendars, computed (see hindu_solar_day and hindu_lunar_day): solar ingresses...
    Holiday{"makar sankranti|makara sankranti|makara sankranthi|makar sankranthi|sankranti|pongal|thai pongal|"
            "maghi|uttarayan", Rule::hindu_solar, 9},
    Holiday{"bhogi|bogi|bogi pandigai|bhogi pandigai", Rule::hindu_solar, 9, 0, 0, -1},
    Holiday{"maattu pongal|mattu pongal", Rule::hindu_solar, 9, 0, 0, 1},
    Holiday{"kaanum pongal|kanum pongal|kanni pongal", Rule::hindu_solar, 9, 0, 0, 2},
    // ... a lunar mansion (nakshatra) in a solar month: Onam is Thiruvonam (22) in Chingam (Simha) ...
    Holiday{"onam|thiruvonam|thiru onam", Rule::hindu_star, 4, 22},
    // ... and tithis of the lunar (amanta) months: 1-15 the bright half, 16-30 the dark half.
    Holiday{"ugadi|yugadi|gudi padwa|samvatsaradi|chaitra sukhladi|cheti chand", Rule::hindu_lunar, 1, 1},
    Holiday{"ram navami|rama navami", Rule::hindu_lunar, 1, 9, at_midday},
    Holiday{"mahavir jayanti|mahaveer jayanti|mahavir janma kalyanak|mahaveer janma kalyanak", Rule::hindu_lunar, 1,
            13},
    Holiday{"hanuman jayanti", Rule::hindu_lunar, 1, 15},
    Holiday{"vesak|buddha day|buddha purnima|buddha jayanti", Rule::hindu_lunar, 2, 15},
    Holiday{"ratha yatra|ratha-yatra|rath yatra", Rule::hindu_lunar, 4, 2},
    Holiday{"guru purnima", Rule::hindu_lunar, 4, 15},
    Holiday{"raksha bandhan", Rule::hindu_lunar, 5, 15, at_afternoon},
    Holiday{"janmashtami|krishna janmashtami|gokulashtami", Rule::hindu_lunar, 5, 23, at_midnight},
    Holiday{"ganesh chaturthi|vinayaka chaturthi|vinayagar chathurthi", Rule::hindu_lunar, 6, 4},
    Holiday{"navaratri|navratri|sharad navratri", Rule::hindu_lunar, 7, 1, 0, 0, 9},
    Holiday{"dussehra|dasara|vijayadashami|vijaya dashami", Rule::hindu_lunar, 7, 10},
    Holiday{"valmiki jayanti|maharishi valmiki jayanti|pargat diwas|sharad purnima", Rule::hindu_lunar, 7, 15},
    Holiday{"karva chauth|karwa chauth", Rule::hindu_lunar, 7, 19, at_moonrise},
    Holiday{"dhanteras|dhanatrayodashi", Rule::hindu_lunar, 7, 28, at_pradosh},
    Holiday{"kali chaudas|choti diwali|narak chaturdashi|naraka chaturdashi", Rule::hindu_lunar, 7, 29, at_pradosh},
    Holiday{"diwali|deepavali|divali|dipavali", Rule::hindu_lunar, 7, 30, at_pradosh},
    Holiday{"govardhan puja|annakut", Rule::hindu_lunar, 8, 1},
    Holiday{"bhai dooj|bhaiya dooj|bhau beej", Rule::hindu_lunar, 8, 2},
    Holiday{"chhath|chhath puja|dala puja|surya shashthi", Rule::hindu_lunar, 8, 6},
    Holiday{"guru nanak jayanti|guru nanak gurpurab", Rule::hindu_lunar, 8, 15},
    Holiday{"guru gobind singh jayanti|guru govind singh jayanti|guru gobind singh birthday", Rule::hindu_lunar, 10,
            7},
    Holiday{"vasant panchami|basant panchami|saraswati puja", Rule::hindu_lunar, 11, 5},
    Holiday{"guru ravidas jayanti|guru ravidass jayanti|guru ravidas birthday|guru ravidass birthday",
            Rule::hindu_lunar, 11, 15},
    Holiday{"maha shivaratri|mahashivratri|maha shivratri|shivaratri", Rule::hindu_lunar, 11, 29, at_midnight},
    Holiday{"holika dahan|kamudu pyre|chhoti holi", Rule::hindu_lunar, 12, 15, at_pradosh},
    Holiday{"holi|dhulandi|dhuleti|phagwah|rangwali holi", Rule::hindu_lunar, 12, 15, at_pradosh, 1},
    // The tabular Islamic calendar.
    Holiday{"islamic new year|hijri new year|arabic new year|amun jadid|muharram", Rule::islamic, 1, 1},
    Holiday{"ashura|day of ashura", Rule::islamic, 1, 10},
    Holiday{"mawlid|mawlid al-nabi|mawlid al-nabawi|mawlid an-nabi|mawlid un-nabi|milad un nabi|eid e milad|"
            "prophet's birthday|the prophet's birthday", Rule::islamic, 3, 12},
    Holiday{"hazarat ali's birthday|hazrat ali's birthday|hazrat ali jayanti", Rule::islamic, 7, 13},
    Holiday{"isra and mi'raj|isra and miraj|isra' and mi'raj|al-isra wal-mi'raj|the prophet's ascension|"
            "prophet's ascension|lailat al-miraj", Rule::islamic, 7, 27},
    Holiday{"ramadan|ramadhan|ramzan|ramzaan|ramazan", Rule::islamic, 9, 1, 0, 0, 30},
    Holiday{"laylat al-qadr|laylat al qadr|laylat al-kadr|laylat al kadr|lailat al-qadr|night of power|"
            "night of destiny|shab-e-qadr", Rule::islamic, 9, 27},
    Holiday{"eid al-fitr|eid al fitr|eid-al-fitr|eid ul-fitr|eid ul fitr|id ul-fitr|eid-ul-fitr|ramzan id|ramadan eid|"
            "feast of breaking the fast|sweet eid", Rule::islamic, 10, 1},
    Holiday{"eid al-adha|eid al adha|eid-al-adha|eid ul-adha|eid ul adha|id ul-adha|id-ul-adha|eid-ul-adha|bakr id|bakrid|"
            "bakri eid|eid qurban|qurban bayrami|kurban bayram|sacrifice feast|feast of the sacrifice|"
            "feast of sacrifice", Rule::islamic, 12, 10},
    // "Eid" alone: Eid al-Fitr or Eid al-Adha (holiday_other_reading), only capitalised ("eid" is
    // no English word, but a lower-case one is a slug or a code).
    Holiday{"^eid", Rule::islamic, 10, 1},
    Holiday{"jumu'atul-wida|jumuatul wida|jumu'atul wida|jamat ul-vida|jamat ul vida|jumat ul-vida|alvida jumma",
            Rule::islamic_last_friday_of_month, 9},
};
// clang-format on

// The same name for another day in other countries (holiday_in_region). `regions`: ISO 3166-1
// alpha-2 codes, or ISO 3166-2 for a part of one ("GB-SCT", "AU-WA"), separated by '|'; "*" every
// country but the United States that no other line of the holiday lists. `holiday`: the name, in
// `table`, of the United States' (or the only) observance, which stands for every other country.
// Rules where one exists; the fixed days are data, from each country's public holiday law.
struct RegionalHoliday {
  const char* regions;
  const char* holiday;
  Holiday observed;  // its names are unused
};

// clang-format off
constexpr std::array regional_table{
    // Independence days (the day independence was declared or took effect).
    RegionalHoliday{"IN", "independence day", {"", Rule::fixed, 8, 15}},
    RegionalHoliday{"PK", "independence day", {"", Rule::fixed, 8, 14}},
    RegionalHoliday{"BD", "independence day", {"", Rule::fixed, 3, 26}},
    RegionalHoliday{"LK", "independence day", {"", Rule::fixed, 2, 4}},
    RegionalHoliday{"PH", "independence day", {"", Rule::fixed, 6, 12}},
    RegionalHoliday{"ID|GA", "independence day", {"", Rule::fixed, 8, 17}},
    RegionalHoliday{"MY|TT|KG", "independence day", {"", Rule::fixed, 8, 31}},
    RegionalHoliday{"SG", "independence day", {"", Rule::fixed, 8, 9}},
    RegionalHoliday{"VN", "independence day", {"", Rule::fixed, 9, 2}},
    RegionalHoliday{"KH", "independence day", {"", Rule::fixed, 11, 9}},
    RegionalHoliday{"MM", "independence day", {"", Rule::fixed, 1, 4}},
    RegionalHoliday{"AF", "independence day", {"", Rule::fixed, 8, 19}},
    RegionalHoliday{"KZ", "independence day", {"", Rule::fixed, 12, 16}},
    RegionalHoliday{"UZ", "independence day", {"", Rule::fixed, 9, 1}},
    RegionalHoliday{"TJ", "independence day", {"", Rule::fixed, 9, 9}},
    RegionalHoliday{"TM", "independence day", {"", Rule::fixed, 9, 27}},
    RegionalHoliday{"UA", "independence day", {"", Rule::fixed, 8, 24}},
    RegionalHoliday{"BY", "independence day", {"", Rule::fixed, 7, 3}},
    RegionalHoliday{"MD", "independence day", {"", Rule::fixed, 8, 27}},
    RegionalHoliday{"AM|MT", "independence day", {"", Rule::fixed, 9, 21}},
    RegionalHoliday{"EE", "independence day", {"", Rule::fixed, 2, 24}},
    RegionalHoliday{"LV", "independence day", {"", Rule::fixed, 11, 18}},
    RegionalHoliday{"FI", "independence day", {"", Rule::fixed, 12, 6}},
    RegionalHoliday{"PL|AO", "independence day", {"", Rule::fixed, 11, 11}},
    RegionalHoliday{"GR", "independence day", {"", Rule::fixed, 3, 25}},
    RegionalHoliday{"CY|NG", "independence day", {"", Rule::fixed, 10, 1}},
    RegionalHoliday{"IS", "independence day", {"", Rule::fixed, 6, 17}},
    RegionalHoliday{"AL", "independence day", {"", Rule::fixed, 11, 28}},
    RegionalHoliday{"BA", "independence day", {"", Rule::fixed, 3, 1}},
    RegionalHoliday{"ME", "independence day", {"", Rule::fixed, 5, 21}},
    RegionalHoliday{"MK", "independence day", {"", Rule::fixed, 9, 8}},
    RegionalHoliday{"XK", "independence day", {"", Rule::fixed, 2, 17}},
    RegionalHoliday{"MX", "independence day", {"", Rule::fixed, 9, 16}},
    RegionalHoliday{"GT|HN|SV|NI|CR", "independence day", {"", Rule::fixed, 9, 15}},
    RegionalHoliday{"BR", "independence day", {"", Rule::fixed, 9, 7}},
    RegionalHoliday{"AR", "independence day", {"", Rule::fixed, 7, 9}},
    RegionalHoliday{"CL", "independence day", {"", Rule::fixed, 9, 18}},
    RegionalHoliday{"CO", "independence day", {"", Rule::fixed, 7, 20}},
    RegionalHoliday{"PE", "independence day", {"", Rule::fixed, 7, 28}},
    RegionalHoliday{"VE|DZ", "independence day", {"", Rule::fixed, 7, 5}},
    RegionalHoliday{"EC", "independence day", {"", Rule::fixed, 8, 10}},
    RegionalHoliday{"BO", "independence day", {"", Rule::fixed, 8, 6}},
    RegionalHoliday{"PY", "independence day", {"", Rule::fixed, 5, 15}},
    RegionalHoliday{"UY", "independence day", {"", Rule::fixed, 8, 25}},
    RegionalHoliday{"HT", "independence day", {"", Rule::fixed, 1, 1}},
    RegionalHoliday{"DO", "independence day", {"", Rule::fixed, 2, 27}},
    RegionalHoliday{"JM", "independence day", {"", Rule::fixed, 8, 6}},
    RegionalHoliday{"GH", "independence day", {"", Rule::fixed, 3, 6}},
    RegionalHoliday{"KE", "independence day", {"", Rule::fixed, 12, 12}},
    RegionalHoliday{"TZ", "independence day", {"", Rule::fixed, 12, 9}},
    RegionalHoliday{"UG", "independence day", {"", Rule::fixed, 10, 9}},
    RegionalHoliday{"ZM", "independence day", {"", Rule::fixed, 10, 24}},
    RegionalHoliday{"ZW", "independence day", {"", Rule::fixed, 4, 18}},
    RegionalHoliday{"MW", "independence day", {"", Rule::fixed, 7, 6}},
    RegionalHoliday{"MZ", "independence day", {"", Rule::fixed, 6, 25}},
    RegionalHoliday{"TN", "independence day", {"", Rule::fixed, 3, 20}},
    RegionalHoliday{"NA", "independence day", {"", Rule::fixed, 3, 21}},
    RegionalHoliday{"BW", "independence day", {"", Rule::fixed, 9, 30}},
    RegionalHoliday{"SN", "independence day", {"", Rule::fixed, 4, 4}},
    RegionalHoliday{"CI", "independence day", {"", Rule::fixed, 8, 7}},
    RegionalHoliday{"ML", "independence day", {"", Rule::fixed, 9, 22}},
    RegionalHoliday{"MA", "independence day", {"", Rule::fixed, 11, 18}},
    RegionalHoliday{"LY", "independence day", {"", Rule::fixed, 12, 24}},
    RegionalHoliday{"SD", "independence day", {"", Rule::fixed, 1, 1}},
    RegionalHoliday{"SS", "independence day", {"", Rule::fixed, 7, 9}},
    RegionalHoliday{"ER", "independence day", {"", Rule::fixed, 5, 24}},
    RegionalHoliday{"SO|RW|BI", "independence day", {"", Rule::fixed, 7, 1}},
    RegionalHoliday{"TG|SL", "independence day", {"", Rule::fixed, 4, 27}},
    RegionalHoliday{"LR", "independence day", {"", Rule::fixed, 7, 26}},
    RegionalHoliday{"JO", "independence day", {"", Rule::fixed, 5, 25}},
    RegionalHoliday{"LB", "independence day", {"", Rule::fixed, 11, 22}},
    RegionalHoliday{"IL", "independence day", {"", Rule::hebrew_independence, 2, 5}},
    RegionalHoliday{"LT", "independence day", {"", Rule::fixed, 2, 16}},
    RegionalHoliday{"BB", "independence day", {"", Rule::fixed, 11, 30}},
    RegionalHoliday{"BS", "independence day", {"", Rule::fixed, 7, 10}},
    RegionalHoliday{"GY", "independence day", {"", Rule::fixed, 5, 26}},
    RegionalHoliday{"SR", "independence day", {"", Rule::fixed, 11, 25}},
    RegionalHoliday{"BZ", "independence day", {"", Rule::fixed, 9, 21}},
    RegionalHoliday{"CD", "independence day", {"", Rule::fixed, 6, 30}},
    RegionalHoliday{"MG", "independence day", {"", Rule::fixed, 6, 26}},
    RegionalHoliday{"CM", "independence day", {"", Rule::fixed, 1, 1}},
    RegionalHoliday{"BF", "independence day", {"", Rule::fixed, 8, 5}},
    RegionalHoliday{"NE", "independence day", {"", Rule::fixed, 8, 3}},
    RegionalHoliday{"TD", "independence day", {"", Rule::fixed, 8, 11}},
    RegionalHoliday{"BJ", "independence day", {"", Rule::fixed, 8, 1}},
    RegionalHoliday{"MR", "independence day", {"", Rule::fixed, 11, 28}},
    RegionalHoliday{"GM", "independence day", {"", Rule::fixed, 2, 18}},
    RegionalHoliday{"MU", "independence day", {"", Rule::fixed, 3, 12}},
    RegionalHoliday{"LS", "independence day", {"", Rule::fixed, 10, 4}},
    RegionalHoliday{"DJ", "independence day", {"", Rule::fixed, 6, 27}},
    RegionalHoliday{"PG", "independence day", {"", Rule::fixed, 9, 16}},
    RegionalHoliday{"FJ", "independence day", {"", Rule::fixed, 10, 10}},
    RegionalHoliday{"IQ", "independence day", {"", Rule::fixed, 10, 3}},
    RegionalHoliday{"MN", "independence day", {"", Rule::fixed, 12, 29}},
    // National days (the day each country's law names its national day, or the day its press calls
    // so); the United States has none, and without its country the name dates nothing.
    RegionalHoliday{"NO", "^national day", {"", Rule::fixed, 5, 17}},
    RegionalHoliday{"CH", "^national day", {"", Rule::fixed, 8, 1}},
    RegionalHoliday{"CN", "^national day", {"", Rule::fixed, 10, 1}},
    RegionalHoliday{"SG", "^national day", {"", Rule::fixed, 8, 9}},
    RegionalHoliday{"MY", "^national day", {"", Rule::fixed, 8, 31}},
    RegionalHoliday{"VN", "^national day", {"", Rule::fixed, 9, 2}},
    RegionalHoliday{"SA", "^national day", {"", Rule::fixed, 9, 23}},
    RegionalHoliday{"AE", "^national day", {"", Rule::fixed, 12, 2}},
    RegionalHoliday{"QA", "^national day", {"", Rule::fixed, 12, 18}},
    RegionalHoliday{"KW", "^national day", {"", Rule::fixed, 2, 25}},
    RegionalHoliday{"BH", "^national day", {"", Rule::fixed, 12, 16}},
    RegionalHoliday{"FR", "^national day", {"", Rule::fixed, 7, 14}},
    RegionalHoliday{"ES", "^national day", {"", Rule::fixed, 10, 12}},
    RegionalHoliday{"PT", "^national day", {"", Rule::fixed, 6, 10}},
    RegionalHoliday{"DE", "^national day", {"", Rule::fixed, 10, 3}},
    RegionalHoliday{"IT", "^national day", {"", Rule::fixed, 6, 2}},
    RegionalHoliday{"AT", "^national day", {"", Rule::fixed, 10, 26}},
    RegionalHoliday{"SE", "^national day", {"", Rule::fixed, 6, 6}},
    RegionalHoliday{"BE", "^national day", {"", Rule::fixed, 7, 21}},
    RegionalHoliday{"LU", "^national day", {"", Rule::fixed, 6, 23}},
    RegionalHoliday{"RO", "^national day", {"", Rule::fixed, 12, 1}},
    RegionalHoliday{"BG", "^national day", {"", Rule::fixed, 3, 3}},
    RegionalHoliday{"HU", "^national day", {"", Rule::fixed, 8, 20}},
    RegionalHoliday{"CA", "^national day", {"", Rule::fixed, 7, 1}},
    RegionalHoliday{"AU", "^national day", {"", Rule::fixed, 1, 26}},
    RegionalHoliday{"NZ", "^national day", {"", Rule::fixed, 2, 6}},
    RegionalHoliday{"KZ", "^national day", {"", Rule::fixed, 12, 16}},
    // Thanksgiving: Canada's second Monday of October.
    RegionalHoliday{"CA", "thanksgiving", {"", Rule::nth_weekday, 10, 2, 1}},
    // Mother's Day: the second Sunday of May in most countries; Mothering Sunday (three weeks
    // before Easter) in the United Kingdom and Ireland.
    RegionalHoliday{"GB|IE", "mother's day", {"", Rule::easter, 0, 0, 0, -21}},
    RegionalHoliday{"MX|GT|SV", "mother's day", {"", Rule::fixed, 5, 10}},
    RegionalHoliday{"ES|PT", "mother's day", {"", Rule::nth_weekday, 5, 1, 0}},
    RegionalHoliday{"AR", "mother's day", {"", Rule::nth_weekday, 10, 3, 0}},
    RegionalHoliday{"NO", "mother's day", {"", Rule::nth_weekday, 2, 2, 0}},
    RegionalHoliday{"RU", "mother's day", {"", Rule::nth_weekday, 11, -1, 0}},
    RegionalHoliday{"TH", "mother's day", {"", Rule::fixed, 8, 12}},
    // Father's Day: the third Sunday of June in most; the first Sunday of September in Australia
    // and New Zealand, Ascension Day in Germany, St Joseph's Day in Spain, Italy and Portugal.
    RegionalHoliday{"AU|NZ", "father's day", {"", Rule::nth_weekday, 9, 1, 0}},
    RegionalHoliday{"DE", "father's day", {"", Rule::easter, 0, 0, 0, 39}},
    RegionalHoliday{"ES|IT|PT", "father's day", {"", Rule::fixed, 3, 19}},
    RegionalHoliday{"BR", "father's day", {"", Rule::nth_weekday, 8, 2, 0}},
    RegionalHoliday{"NO|SE|FI|EE", "father's day", {"", Rule::nth_weekday, 11, 2, 0}},
    RegionalHoliday{"TH", "father's day", {"", Rule::fixed, 12, 5}},
    // Labour Day: May 1 in most of the world; the first Monday of September in Canada (as in the
    // United States); in Australia each state's (without one, that of New South Wales, the ACT
    // and South Australia: the first Monday of October); New Zealand's fourth Monday of October.
    RegionalHoliday{"CA", "labor day", {"", Rule::nth_weekday, 9, 1, 1}},
    RegionalHoliday{"AU|AU-NSW|AU-ACT|AU-SA", "labor day", {"", Rule::nth_weekday, 10, 1, 1}},
    RegionalHoliday{"AU-WA", "labor day", {"", Rule::nth_weekday, 3, 1, 1}},
    RegionalHoliday{"AU-VIC|AU-TAS", "labor day", {"", Rule::nth_weekday, 3, 2, 1}},
    RegionalHoliday{"AU-QLD|AU-NT", "labor day", {"", Rule::nth_weekday, 5, 1, 1}},
    RegionalHoliday{"NZ", "labor day", {"", Rule::nth_weekday, 10, 4, 1}},
    RegionalHoliday{"JM", "labor day", {"", Rule::fixed, 5, 23}},
    RegionalHoliday{"TT", "labor day", {"", Rule::fixed, 6, 19}},
    RegionalHoliday{"*", "labor day", {"", Rule::fixed, 5, 1}},
    // South Korea's Memorial Day (Hyeonchung-il).
    RegionalHoliday{"KR", "memorial day", {"", Rule::fixed, 6, 6}},
    // The August bank holiday: the last Monday of August in England, Wales and Northern Ireland,
    // the first in Scotland and Ireland.
    RegionalHoliday{"GB-SCT|IE", "august bank holiday", {"", Rule::nth_weekday, 8, 1, 1}},
    // The Queen's (King's) Birthday: New Zealand's first Monday of June, Queensland's first Monday of
    // October (since 2016), Western Australia's last Monday of September.
    RegionalHoliday{"NZ", "^queen's birthday", {"", Rule::nth_weekday, 6, 1, 1}},
    RegionalHoliday{"AU-QLD", "^queen's birthday", {"", Rule::nth_weekday, 10, 1, 1}},
    RegionalHoliday{"AU-WA", "^queen's birthday", {"", Rule::nth_weekday, 9, -1, 1}},
    // The United Kingdom's Armed Forces Day: the last Saturday of June.
    RegionalHoliday{"GB", "armed forces day", {"", Rule::nth_weekday, 6, -1, 6}},
    // Emancipation Day: August 1 in the Caribbean and Canada (Washington, D.C.'s April 16).
    RegionalHoliday{"JM|TT|BB|CA", "emancipation day", {"", Rule::fixed, 8, 1}},
    // China's National Day Golden Week, 1-7 October.
    RegionalHoliday{"CN", "^golden week", {"", Rule::fixed, 10, 1, 0, 0, 7}},
};
// clang-format on

// The countries and parts of countries regional_table names, as a text names them: the name, its
// other names and the adjective of its people ("Canada", "Canadian"), capitalised. Georgia is left
// out: in English text it is as often the US state.
struct RegionName {
  const char* region;
  const char* names;  // separated by '|'
};
constexpr std::array region_names_table{
    RegionName{"US", "United States|United States of America|U.S.|US|USA|U.S.A.|America|American"},
    RegionName{"CA", "Canada|Canadian"},
    RegionName{"GB",
               "United Kingdom|U.K.|UK|Britain|Great Britain|British|England|English|Wales|Welsh|Northern Ireland"},
    RegionName{"GB-SCT", "Scotland|Scottish"},
    RegionName{"IE", "Ireland|Republic of Ireland|Irish"},
    RegionName{"AU", "Australia|Australian"},
    RegionName{"AU-WA", "Western Australia|Western Australian"},
    RegionName{"AU-QLD", "Queensland"},
    RegionName{"AU-NSW", "New South Wales"},
    RegionName{"AU-TAS", "Tasmania|Tasmanian"},
    RegionName{"NZ", "New Zealand|New Zealander"},
    RegionName{"IN", "India|Indian"},
    RegionName{"PK", "Pakistan|Pakistani"},
    RegionName{"BD", "Bangladesh|Bangladeshi"},
    RegionName{"LK", "Sri Lanka|Sri Lankan"},
    RegionName{"PH", "Philippines|Philippine|Filipino"},
    RegionName{"ID", "Indonesia|Indonesian"},
    RegionName{"MY", "Malaysia|Malaysian"},
    RegionName{"SG", "Singapore|Singaporean"},
    RegionName{"VN", "Vietnam|Vietnamese"},
    RegionName{"KH", "Cambodia|Cambodian"},
    RegionName{"MM", "Myanmar|Burma|Burmese"},
    RegionName{"AF", "Afghanistan|Afghan"},
    RegionName{"KZ", "Kazakhstan|Kazakhstani|Kazakh"},
    RegionName{"UZ", "Uzbekistan|Uzbek"},
    RegionName{"KG", "Kyrgyzstan|Kyrgyz"},
    RegionName{"TJ", "Tajikistan|Tajik"},
    RegionName{"TM", "Turkmenistan|Turkmen"},
    RegionName{"UA", "Ukraine|Ukrainian"},
    RegionName{"BY", "Belarus|Belarusian"},
    RegionName{"MD", "Moldova|Moldovan"},
    RegionName{"AM", "Armenia|Armenian"},
    RegionName{"EE", "Estonia|Estonian"},
    RegionName{"LV", "Latvia|Latvian"},
    RegionName{"FI", "Finland|Finnish"},
    RegionName{"PL", "Poland|Polish"},
    RegionName{"GR", "Greece|Greek"},
    RegionName{"CY", "Cyprus|Cypriot"},
    RegionName{"MT", "Malta|Maltese"},
    RegionName{"IS", "Iceland|Icelandic"},
    RegionName{"AL", "Albania|Albanian"},
    RegionName{"BA", "Bosnia and Herzegovina|Bosnia|Bosnian"},
    RegionName{"ME", "Montenegro|Montenegrin"},
    RegionName{"MK", "North Macedonia|Macedonia|Macedonian"},
    RegionName{"XK", "Kosovo|Kosovar"},
    RegionName{"MX", "Mexico|Mexican"},
    RegionName{"GT", "Guatemala|Guatemalan"},
    RegionName{"HN", "Honduras|Honduran"},
    RegionName{"SV", "El Salvador|Salvadoran"},
    RegionName{"NI", "Nicaragua|Nicaraguan"},
    RegionName{"CR", "Costa Rica|Costa Rican"},
    RegionName{"BR", "Brazil|Brazilian"},
    RegionName{"AR", "Argentina|Argentine|Argentinian"},
    RegionName{"CL", "Chile|Chilean"},
    RegionName{"CO", "Colombia|Colombian"},
    RegionName{"PE", "Peru|Peruvian"},
    RegionName{"VE", "Venezuela|Venezuelan"},
    RegionName{"EC", "Ecuador|Ecuadorian"},
    RegionName{"BO", "Bolivia|Bolivian"},
    RegionName{"PY", "Paraguay|Paraguayan"},
    RegionName{"UY", "Uruguay|Uruguayan"},
    RegionName{"HT", "Haiti|Haitian"},
    RegionName{"DO", "Dominican Republic"},
    RegionName{"JM", "Jamaica|Jamaican"},
    RegionName{"TT", "Trinidad and Tobago|Trinidad|Trinidadian"},
    RegionName{"BB", "Barbados|Barbadian"},
    RegionName{"GH", "Ghana|Ghanaian"},
    RegionName{"NG", "Nigeria|Nigerian"},
    RegionName{"KE", "Kenya|Kenyan"},
    RegionName{"TZ", "Tanzania|Tanzanian"},
    RegionName{"UG", "Uganda|Ugandan"},
    RegionName{"ZM", "Zambia|Zambian"},
    RegionName{"ZW", "Zimbabwe|Zimbabwean"},
    RegionName{"MW", "Malawi|Malawian"},
    RegionName{"MZ", "Mozambique|Mozambican"},
    RegionName{"AO", "Angola|Angolan"},
    RegionName{"NA", "Namibia|Namibian"},
    RegionName{"BW", "Botswana"},
    RegionName{"SN", "Senegal|Senegalese"},
    RegionName{"CI", "Ivory Coast|Cote d'Ivoire|Ivorian"},
    RegionName{"ML", "Mali|Malian"},
    RegionName{"GA", "Gabon|Gabonese"},
    RegionName{"DZ", "Algeria|Algerian"},
    RegionName{"MA", "Morocco|Moroccan"},
    RegionName{"TN", "Tunisia|Tunisian"},
    RegionName{"LY", "Libya|Libyan"},
    RegionName{"SD", "Sudan|Sudanese"},
    RegionName{"SS", "South Sudan|South Sudanese"},
    RegionName{"ER", "Eritrea|Eritrean"},
    RegionName{"SO", "Somalia|Somali"},
    RegionName{"RW", "Rwanda|Rwandan"},
    RegionName{"BI", "Burundi|Burundian"},
    RegionName{"TG", "Togo|Togolese"},
    RegionName{"SL", "Sierra Leone|Sierra Leonean"},
    RegionName{"LR", "Liberia|Liberian"},
    RegionName{"JO", "Jordan|Jordanian"},
    RegionName{"LB", "Lebanon|Lebanese"},
    RegionName{"KR", "South Korea|Republic of Korea|South Korean"},
    RegionName{"CN", "China|Chinese"},
    RegionName{"JP", "Japan|Japanese"},
    RegionName{"ES", "Spain|Spanish"},
    RegionName{"PT", "Portugal|Portuguese"},
    RegionName{"IT", "Italy|Italian"},
    RegionName{"DE", "Germany|German"},
    RegionName{"NO", "Norway|Norwegian"},
    RegionName{"SE", "Sweden|Swedish"},
    RegionName{"RU", "Russia|Russian"},
    RegionName{"TH", "Thailand|Thai"},
    RegionName{"IL", "Israel|Israeli"},
    RegionName{"LT", "Lithuania|Lithuanian"},
    RegionName{"BS", "Bahamas|Bahamian"},
    RegionName{"GY", "Guyana|Guyanese"},
    RegionName{"SR", "Suriname|Surinamese"},
    RegionName{"BZ", "Belize|Belizean"},
    RegionName{"CD", "Democratic Republic of the Congo|Democratic Republic of Congo|DR Congo|DRC"},
    RegionName{"MG", "Madagascar|Malagasy"},
    RegionName{"CM", "Cameroon|Cameroonian"},
    RegionName{"BF", "Burkina Faso|Burkinabe"},
    RegionName{"NE", "Niger|Nigerien"},
    RegionName{"TD", "Chad|Chadian"},
    RegionName{"BJ", "Benin|Beninese"},
    RegionName{"MR", "Mauritania|Mauritanian"},
    RegionName{"GM", "Gambia|Gambian"},
    RegionName{"MU", "Mauritius|Mauritian"},
    RegionName{"LS", "Lesotho"},
    RegionName{"DJ", "Djibouti|Djiboutian"},
    RegionName{"PG", "Papua New Guinea"},
    RegionName{"FJ", "Fiji|Fijian"},
    RegionName{"IQ", "Iraq|Iraqi"},
    RegionName{"MN", "Mongolia|Mongolian"},
    RegionName{"CH", "Switzerland|Swiss"},
    RegionName{"SA", "Saudi Arabia|Saudi"},
    RegionName{"AE", "United Arab Emirates|UAE|Emirati"},
    RegionName{"QA", "Qatar|Qatari"},
    RegionName{"KW", "Kuwait|Kuwaiti"},
    RegionName{"BH", "Bahrain|Bahraini"},
    RegionName{"FR", "France|French"},
    RegionName{"AT", "Austria|Austrian"},
    RegionName{"BE", "Belgium|Belgian"},
    RegionName{"LU", "Luxembourg"},
    RegionName{"RO", "Romania|Romanian"},
    RegionName{"BG", "Bulgaria|Bulgarian"},
    RegionName{"HU", "Hungary|Hungarian"},
};

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

// The day in Gregorian year y that is month/day of the Julian calendar (of Julian year y - 1 or y:
// the Julian December 25 is the Gregorian January 7 from 1900 to 2099), moved by the century
// difference as orthodox_easter is.
std::optional<sys_days> julian_date(int y, int m, int d) {
  for (const int julian_year : {y - 1, y}) {
    const int counted = m <= 2 ? julian_year - 1 : julian_year;  // the difference grows at its leap day
    const year_month_day said{year{julian_year} / m / d};
    if (!said.ok()) continue;
    const sys_days day = sys_days{said} + days{counted / 100 - counted / 400 - 2};
    if (year_month_day{day}.year() == year{y}) return day;
  }
  return std::nullopt;
}

// Super Bowl Sunday by the NFL's schedules: the last Sunday of January 1990-2001 and 2003, the
// first of February 2002 and 2004-2021, the second since the 17-game season (2022). Earlier games
// followed no one rule.
std::optional<sys_days> super_bowl_sunday(int y) {
  if (y < 1990) return std::nullopt;
  if (y >= 2022) return nth_weekday(y, 2, 2, 0);
  if (y <= 2001 || y == 2003) return nth_weekday(y, 1, -1, 0);
  return nth_weekday(y, 2, 1, 0);
}

// The US presidential inauguration: January 20 of the year after an election year since 1937
// (the 20th Amendment), March 4 from 1793 to 1933; the public ceremony moves to Monday when the
// day is a Sunday (1957, 1985, 2013).
std::optional<sys_days> us_inauguration(int y) {
  if (y % 4 != 1 || y < 1793) return std::nullopt;
  const sys_days day = y >= 1937 ? sys_days{year{y} / 1 / 20} : sys_days{year{y} / 3 / 4};
  return weekday{day} == Sunday ? day + days{1} : day;
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

constexpr double deg = 3.14159265358979323846 / 180;

// Sunrise or sunset (rising = false) at latitude/longitude (degrees) on day d, in hours UTC.
double sun_event_utc(sys_days d, double latitude_deg, double longitude_deg, bool rising) {
  constexpr double pi = 3.14159265358979323846;
  const double latitude = latitude_deg * deg;
  const year_month_day ymd{d};
  const double n = static_cast<double>((d - sys_days{ymd.year() / 1 / 1}).count()) + 1;
  const double declination = -23.44 * deg * std::cos(2 * pi / 365 * (n + 10));
  const double b = 2 * pi * (n - 81) / 364;
  const double equation_of_time = 9.87 * std::sin(2 * b) - 7.53 * std::cos(b) - 1.5 * std::sin(b);  // minutes
  const double cos_hour_angle = (std::sin(-0.833 * deg) - std::sin(latitude) * std::sin(declination)) /
                                (std::cos(latitude) * std::cos(declination));
  const double hour_angle = std::acos(std::clamp(cos_hour_angle, -1.0, 1.0)) / deg;
  return 12 - longitude_deg / 15 - equation_of_time / 60 + (rising ? -hour_angle : hour_angle) / 15;
}

// Sunset at Mecca on day d, in hours UTC.
double mecca_sunset_utc(sys_days d) { return sun_event_utc(d, 21.4225, 39.8262, false); }

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

// ---- The Hindu calendars, by astronomy (as modern almanacs, the drik panchang, compute them).
// Longitudes are tropical apparent ones from Meeus, "Astronomical Algorithms" (Sun: ch. 25, low
// accuracy, 0.01 degree; Moon: ch. 47, the 34 largest periodic terms, about 0.05 degree, so a tithi
// boundary to about ten minutes). Times are days since 1970-01-01 UTC; India is UTC+5:30 and days
// are reckoned at New Delhi.
constexpr double india_offset = 5.5 / 24;
constexpr double delhi_latitude = 28.61, delhi_longitude = 77.21;

double centuries_since_j2000(double t) { return (t + 2440587.5 - 2451545.0) / 36525; }

double sun_longitude(double t) {
  const double c = centuries_since_j2000(t);
  const double l0 = 280.46646 + 36000.76983 * c + 0.0003032 * c * c;
  const double m = (357.52911 + 35999.05029 * c - 0.0001537 * c * c) * deg;
  const double center = (1.914602 - 0.004817 * c - 0.000014 * c * c) * std::sin(m) +
                        (0.019993 - 0.000101 * c) * std::sin(2 * m) + 0.000289 * std::sin(3 * m);
  const double omega = (125.04 - 1934.136 * c) * deg;
  return std::fmod(l0 + center - 0.00569 - 0.00478 * std::sin(omega) + 360000, 360);
}

double moon_longitude(double t) {
  const double c = centuries_since_j2000(t);
  const double lp = 218.3164477 + 481267.88123421 * c - 0.0015786 * c * c;
  const double d = (297.8501921 + 445267.1114034 * c - 0.0018819 * c * c) * deg;
  const double m = (357.5291092 + 35999.0502909 * c - 0.0001536 * c * c) * deg;
  const double mp = (134.9633964 + 477198.8675055 * c + 0.0087414 * c * c) * deg;
  const double f = (93.2720950 + 483202.0175233 * c - 0.0036539 * c * c) * deg;
  const double e = 1 - 0.002516 * c - 0.0000074 * c * c;
  const double a1 = (119.75 + 131.849 * c) * deg;
  // Millionths of a degree; terms with the Sun's anomaly scale with the eccentricity e.
  const double sum =
      6288774 * std::sin(mp) + 1274027 * std::sin(2 * d - mp) + 658314 * std::sin(2 * d) + 213618 * std::sin(2 * mp) -
      185116 * e * std::sin(m) - 114332 * std::sin(2 * f) + 58793 * std::sin(2 * d - 2 * mp) +
      57066 * e * std::sin(2 * d - m - mp) + 53322 * std::sin(2 * d + mp) + 45758 * e * std::sin(2 * d - m) -
      40923 * e * std::sin(m - mp) - 34720 * std::sin(d) - 30383 * e * std::sin(m + mp) +
      15327 * std::sin(2 * d - 2 * f) - 12528 * std::sin(mp + 2 * f) + 10980 * std::sin(mp - 2 * f) +
      10675 * std::sin(4 * d - mp) + 10034 * std::sin(3 * mp) + 8548 * std::sin(4 * d - 2 * mp) -
      7888 * e * std::sin(2 * d + m - mp) - 6766 * e * std::sin(2 * d + m) - 5163 * std::sin(d - mp) +
      4987 * e * std::sin(d + m) + 4036 * e * std::sin(2 * d - m + mp) + 3994 * std::sin(2 * d + 2 * mp) +
      3861 * std::sin(4 * d) + 3665 * std::sin(2 * d - 3 * mp) - 2689 * e * std::sin(m - 2 * mp) -
      2602 * std::sin(2 * d - mp + 2 * f) + 2390 * e * std::sin(2 * d - m - 2 * mp) - 2348 * std::sin(d + mp) +
      2236 * e * e * std::sin(2 * d - 2 * m) - 2120 * e * std::sin(m + 2 * mp) - 2069 * e * e * std::sin(2 * m) +
      3958 * std::sin(a1) + 1962 * std::sin(lp * deg - f);
  const double omega = (125.04 - 1934.136 * c) * deg;
  return std::fmod(lp + sum / 1e6 - 0.00478 * std::sin(omega) + 360000, 360);
}

// The Lahiri (Chitrapaksha) ayanamsa, India's official one, which sidereal longitudes subtract:
// 23.853 degrees at J2000, growing with the precession (50.29 arc seconds a year).
double ayanamsa(double t) { return 23.853 + 1.3969 * centuries_since_j2000(t); }

double sidereal_sun_longitude(double t) { return std::fmod(sun_longitude(t) - ayanamsa(t) + 720, 360); }

double day_number(sys_days d) { return static_cast<double>(d.time_since_epoch().count()); }

// The Indian civil day a moment falls on.
sys_days india_day(double t) { return sys_days{days{static_cast<int>(std::floor(t + india_offset))}}; }

// The first moment from `from` on at which the Sun reaches `longitude`, sidereal or tropical
// (Newton's method).
double solar_ingress(double longitude, double from, bool sidereal = true) {
  double t = from;
  for (int step = 0; step < 50; ++step) {
    const double at = sidereal ? sidereal_sun_longitude(t) : sun_longitude(t);
    const double behind = std::fmod(longitude - at + 720, 360);
    if (behind < 1e-5 || behind > 360 - 1e-5) break;
    t += (behind > 350 ? behind - 360 : behind) / 0.9856;  // the Sun's mean daily motion
  }
  return t;
}

// The day a solar month begins (a sankranti): its ingress day when the ingress comes before
// sunset, else the next day (the Tamil rule). `sign`: 0 = Mesha ... 9 = Makara.
std::optional<sys_days> hindu_solar_day(int y, int sign) {
  const double ingress = solar_ingress(sign * 30.0, day_number(sys_days{year{y} / 1 / 1}));
  const sys_days day = india_day(ingress);
  const double sunset = day_number(day) + sun_event_utc(day, delhi_latitude, delhi_longitude, false) / 24;
  return ingress < sunset ? day : day + days{1};
}

// The lunar mansion (nakshatra, 1-27: each 13 1/3 degrees of the sidereal Moon) that holds six
// nazhikas (2.4 h) after sunrise on day d at Thiruvananthapuram, the Kerala rule.
int kerala_star(sys_days d) {
  const double t = day_number(d) + (sun_event_utc(d, 8.52, 76.94, true) + 2.4) / 24;
  const double moon = std::fmod(moon_longitude(t) - ayanamsa(t) + 720, 360);
  return static_cast<int>(moon / (360.0 / 27)) + 1;
}

// The day of lunar mansion `star` in the solar month of sidereal sign `sign`. The Moon comes round
// in 27.3 days, so a 31-day month can hold the mansion twice: the later one is taken, as Kerala
// did for Onam in 2013 (Sep 16, not Aug 20) and 2016 (Sep 14, not Aug 17).
std::optional<sys_days> hindu_star_day(int y, int sign, int star) {
  const auto begins = hindu_solar_day(y, sign), ends = hindu_solar_day(y, (sign + 1) % 12);
  if (!begins || !ends) return std::nullopt;
  for (sys_days d = *ends - days{1}; d >= *begins; d -= days{1}) {
    if (kerala_star(d) != star) continue;
    // The mansion can hold at that moment on two days running: the first of them.
    while (d > *begins && kerala_star(d - days{1}) == star) d -= days{1};
    return d;
  }
  return std::nullopt;
}

// ---- The Chinese calendar and Nowruz, from the same Sun and the new moons (Beijing is UTC+8).
sys_days beijing_day(double t) { return sys_days{days{static_cast<int>(std::floor(t + 8.0 / 24))}}; }

// The day (Beijing) the tropical Sun reaches `longitude` in year y: a solar term ("Qingming", 15).
sys_days solar_term_day(int y, double longitude) {
  return beijing_day(solar_ingress(longitude, day_number(sys_days{year{y} / 1 / 1}), false));
}

// Day `day` of Chinese month `month`. A month runs from a new moon's day to the next (Beijing), and
// month m is the one holding the major solar term at 270 + 30 (m - 11) degrees (month 11 holds the
// winter solstice, month 8 the autumn equinox); a leap month holds none, so it is never month m.
std::optional<sys_days> chinese_month_day(int y, int month, int day) {
  const sys_days term = solar_term_day(y, std::fmod(270 + 30.0 * (month - 11) + 720, 360));
  long k = static_cast<long>(std::floor((day_number(term) - 10957.8) / 29.530588861)) + 1;
  while (new_moon_beijing(k) > term) --k;
  const sys_days found = new_moon_beijing(k) + days{day - 1};
  if (year_month_day{found}.year() != year{y}) return std::nullopt;
  return found;
}

// Nowruz, the Iranian new year: the day of the March equinox at Tehran (UTC+3:30) when it comes
// before noon there, else the next day (the rule of the Solar Hijri calendar).
sys_days nowruz(int y) {
  const double equinox = solar_ingress(0, day_number(sys_days{year{y} / 1 / 1}), false) + 3.5 / 24;
  const sys_days day{days{static_cast<int>(std::floor(equinox))}};
  return equinox - day_number(day) < 0.5 ? day : day + days{1};
}

// The tithi (lunar day, 1-30) at moment t: twelfth of the Moon's elongation from the Sun.
int tithi_at(double t) { return static_cast<int>(std::fmod(moon_longitude(t) - sun_longitude(t) + 720, 360) / 12) + 1; }

// The moment in Indian civil day d at which a holiday's tithi is reckoned (at New Delhi).
double observance_moment(sys_days d, int observance) {
  const double base = day_number(d);
  const double sunrise = sun_event_utc(d, delhi_latitude, delhi_longitude, true);
  const double daylight = sun_event_utc(d, delhi_latitude, delhi_longitude, false) - sunrise;
  switch (observance) {
    case at_midday:  // the middle of the third fifth of the daylight
      return base + (sunrise + 0.5 * daylight) / 24;
    case at_afternoon:  // the middle of the fourth fifth
      return base + (sunrise + 0.7 * daylight) / 24;
    case at_pradosh:  // a quarter hour into the evening twilight
      return base + (sun_event_utc(d, delhi_latitude, delhi_longitude, false) + 0.25) / 24;
    case at_moonrise:  // a dark-half fourth's moon rises about two and a half hours after sunset
      return base + (sun_event_utc(d, delhi_latitude, delhi_longitude, false) + 2.5) / 24;
    case at_midnight:
      return base + 1 - india_offset;
    default:
      return base + sunrise / 24;
  }
}

// Tithi `tithi` of amanta month `month` (1 = Chaitra; a month runs new moon to new moon and is named
// by the sign the Sun is in when it begins: in Mina it is Chaitra). A month in which the Sun enters
// no sign is intercalary (adhika) and skipped: holidays fall in the regular month after it. The day
// is the first whose observance moment has the tithi; a tithi that holds at no such moment (it
// begins and ends between two) is kept on the day it begins.
std::optional<sys_days> hindu_lunar_day(int y, int month, int tithi, int observance) {
  const sys_days first{year{y} / 1 / 1}, last{year{y} / 12 / 31};
  double k = std::floor((day_number(first) - 10957.8) / 29.530588861) - 1;  // a lunation before the year
  for (int n = 0; n < 16; ++n, ++k) {
    const double start = new_moon(k), end = new_moon(k + 1);
    const int sign = static_cast<int>(sidereal_sun_longitude(start) / 30);
    if (sign == static_cast<int>(sidereal_sun_longitude(end) / 30)) continue;  // adhika
    if ((sign + 1) % 12 + 1 != month) continue;
    // The tithi counted within this lunation: 0 before it begins, 31 after it ends.
    const auto lunar_day = [&](double t) { return t < start ? 0 : t >= end ? 31 : tithi_at(t); };
    for (sys_days d = india_day(start) - days{1}; day_number(d) < end + 2; d += days{1}) {
      const int at = lunar_day(observance_moment(d, observance));
      if (at < tithi) continue;
      const sys_days found = at == tithi ? d : d - days{1};
      if (found < first || found > last) break;
      return found;
    }
  }
  return std::nullopt;
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
    case Rule::nth_weekday_election_year:
      if (y % 4 != 0) return std::nullopt;
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
    case Rule::chinese_month_day:
      return chinese_month_day(y, h.month, h.day);
    case Rule::solar_term:
      return solar_term_day(y, h.day);
    case Rule::nowruz:
      return nowruz(y);
    case Rule::shahenshahi: {
      // 365-day years: the date moves one day earlier every leap year of the Gregorian calendar.
      constexpr int base_year = 2018;
      return sys_days{year{base_year} / h.month / h.day} + days{365L * (y - base_year)};
    }
    case Rule::hindu_solar:
      return hindu_solar_day(y, h.month);
    case Rule::hindu_star:
      return hindu_star_day(y, h.month, h.day);
    case Rule::hindu_lunar:
      return hindu_lunar_day(y, h.month, h.day, h.weekday);
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
    case Rule::julian:
      return julian_date(y, h.month, h.day);
    case Rule::super_bowl:
      return super_bowl_sunday(y);
    case Rule::us_inauguration:
      return us_inauguration(y);
    case Rule::once:
      if (y != h.weekday) return std::nullopt;
      return sys_days{year{y} / h.month / h.day};
    case Rule::hebrew_independence: {
      // Not on the Sabbath or the day before it (Thursday instead), nor on a Monday, when the
      // Memorial Day before it would follow the Sabbath (Tuesday instead).
      const auto d = hebrew_date(y, h.month, h.day);
      if (!d) return d;
      const weekday w{*d};
      if (w == Friday) return *d - days{1};
      if (w == Saturday) return *d - days{2};
      if (w == Monday) return *d + days{1};
      return d;
    }
    case Rule::regional_only:
      return std::nullopt;
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

// The index in `table` of the holiday whose first name is `first_name` (-1 if none).
int table_index(std::string_view first_name) {
  for (std::size_t i = 0; i < table.size(); ++i) {
    const std::string_view names(table[i].names);
    if (names.starts_with(first_name) && (names.size() == first_name.size() || names[first_name.size()] == '|'))
      return static_cast<int>(i);
  }
  return -1;
}

// Whether `codes` ('|'-separated) holds `code`.
bool lists(std::string_view codes, std::string_view code) {
  while (!codes.empty()) {
    const std::size_t bar = std::min(codes.find('|'), codes.size());
    if (codes.substr(0, bar) == code) return true;
    codes.remove_prefix(std::min(bar + 1, codes.size()));
  }
  return false;
}

// The rule of a holiday index: the table's, or a regional observance's (indices after the table's).
const Holiday* entry(int holiday) {
  if (holiday < 0) return nullptr;
  const auto i = static_cast<std::size_t>(holiday);
  if (i < table.size()) return &table[i];
  if (i - table.size() < regional_table.size()) return &regional_table[i - table.size()].observed;
  return nullptr;
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
      const bool common = !name.empty() && (name.front() == '~' || name.front() == '^');
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

int holiday_named(std::string_view name) {
  for (const HolidayName& said : holiday_names())
    if (said.name == name) return said.holiday;
  return 0;
}

bool holiday_capitalised_only(int holiday) {
  return holiday >= 0 && holiday < static_cast<int>(table.size()) &&
         table[static_cast<std::size_t>(holiday)].names[0] == '^';
}

bool holiday_is_an_eve(int holiday) {
  if (holiday < 0 || holiday >= static_cast<int>(table.size())) return false;
  const std::string_view names(table[static_cast<std::size_t>(holiday)].names);
  const std::string_view first = names.substr(0, names.find('|'));
  return first.ends_with(" eve");
}

std::optional<int> holiday_other_reading(int holiday) {
  static const int eid = table_index("^eid"), eid_al_adha = table_index("eid al-adha");
  if (holiday == eid) return eid_al_adha;
  return std::nullopt;
}

int holiday_in_region(int holiday, std::string_view region) {
  if (region.empty() || holiday < 0 || holiday >= static_cast<int>(table.size())) return holiday;
  const std::string_view country = region.substr(0, region.find('-'));
  if (country == "US") return holiday;
  static const std::vector<int> observes = [] {  // per line of regional_table, its holiday in `table`
    std::vector<int> v;
    for (const RegionalHoliday& r : regional_table) v.push_back(table_index(r.holiday));
    return v;
  }();
  int for_country = -1, for_any = -1;
  for (std::size_t i = 0; i < regional_table.size(); ++i) {
    if (observes[i] != holiday) continue;
    const int index = static_cast<int>(table.size() + i);
    if (lists(regional_table[i].regions, region)) return index;
    if (lists(regional_table[i].regions, country)) for_country = index;
    if (std::string_view(regional_table[i].regions) == "*") for_any = index;
  }
  return for_country >= 0 ? for_country : for_any >= 0 ? for_any : holiday;
}

std::span<const RegionNamed> region_names() {
  static const std::vector<RegionNamed> names = [] {
    std::vector<RegionNamed> v;
    for (const RegionName& r : region_names_table) {
      std::string_view all = r.names;
      while (!all.empty()) {
        const std::size_t bar = std::min(all.find('|'), all.size());
        v.push_back({all.substr(0, bar), r.region});
        all.remove_prefix(std::min(bar + 1, all.size()));
      }
    }
    // Longest first: "New South Wales" before "Wales", "South Sudan" before "Sudan".
    std::stable_sort(v.begin(), v.end(),
                     [](const RegionNamed& a, const RegionNamed& b) { return a.name.size() > b.name.size(); });
    return v;
  }();
  return names;
}

std::optional<int> holiday_only_year(int holiday) {
  const Holiday* found = entry(holiday);
  if (found == nullptr || found->rule != Rule::once) return std::nullopt;
  return found->weekday;
}

int holiday_length(int holiday) {
  const Holiday* found = entry(holiday);
  return found == nullptr ? 1 : found->length;
}

NumberedDays holiday_numbered_days(int holiday) {
  const Holiday* found = entry(holiday);
  if (found == nullptr) return {};
  if (found->rule == Rule::islamic && found->day == 1) return {0, 30};
  // A Hebrew festival dated from its eve (offset -1) counts its days from the next.
  const bool from_eve = found->rule == Rule::hebrew && found->offset == -1;
  if (found->length > 1) return {from_eve ? 1 : 0, found->length - (from_eve ? 1 : 0)};
  return {};
}

std::optional<date::sys_days> holiday_date(int holiday, int y) {
  const Holiday* found = entry(holiday);
  if (found == nullptr || y > 2199) return std::nullopt;
  const Holiday& h = *found;
  // A day of the month is that day in any year of the common era ("Christmas Day 1066"); a
  // computed one only in the Gregorian calendar's years.
  if (y < (h.rule == Rule::fixed ? 1 : 1583)) return std::nullopt;
  const auto d = rule_date(h, y);
  if (!d) return std::nullopt;
  return *d + days{h.offset};
}

}  // namespace annalist::timex
