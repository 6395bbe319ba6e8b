import Testing
@testable import FactoryModel

@Suite("Months")
struct MonthTests {
    @Test("YYYY-MM parses; anything else does not", arguments: [
        ("2027-01", Month(year: 2027, month: 1)), ("1999-12", Month(year: 1999, month: 12)),
        ("2027-1", nil), ("2027-13", nil), ("2027-00", nil), ("june", nil), ("2027-01-01", nil), ("२०२७-०१", nil), ("", nil),
    ] as [(String, Month?)])
    func parsing(_ text: String, _ expected: Month?) {
        #expect(Month(parsing: text) == expected)
    }

    @Test("Month arithmetic crosses year ends both ways")
    func arithmetic() {
        let december = Month(year: 2026, month: 12)
        #expect(december.adding(months: 1) == Month(year: 2027, month: 1))
        #expect(december.adding(months: -12) == Month(year: 2025, month: 12))
        #expect(Month(year: 2031, month: 12).months(since: Month(year: 2026, month: 7)) == 65)
        #expect(Month(ordinal: december.ordinal) == december)
        #expect(december.description == "2026-12")
    }

    @Test("Days in a month follow the Gregorian leap rule", arguments: [
        (2024, 2, 29), (2023, 2, 28), (1900, 2, 28), (2000, 2, 29), (2027, 4, 30), (2027, 1, 31),
    ])
    func dayCount(_ year: Int, _ month: Int, _ days: Int) {
        #expect(Month(year: year, month: month).dayCount == days)
    }
}
