import Foundation
import Testing
import Optimization

/// The matrix as dense rows, to compare small problems entry by entry.
private func dense(_ matrix: SparseMatrix) -> [[Double]] {
    var result = [[Double]](repeating: [Double](repeating: 0, count: matrix.columns), count: matrix.rows)
    for column in 0..<matrix.columns {
        for k in matrix.columnStarts[column]..<matrix.columnStarts[column + 1] {
            result[matrix.rowIndices[k]][column] = matrix.values[k]
        }
    }
    return result
}

private let inf = Double.infinity

@Suite("MPS reading and writing")
struct MPSTests {
    @Test("A fixed-format file with every section and bound type is read field by field, names with spaces included")
    func fixedFormatFixture() throws {
        let program = try MPSReader.read(path: fixtures.path("mps-fixed-all.mps"))
        #expect(program.name == "TINYFIX")
        #expect(program.sense == .maximize)
        #expect(program.objectiveName == "COST")
        #expect(program.objectiveConstant == -10)
        #expect(program.rowNames == ["LIM 1", "CAP", "DEMAND", "BAL"])  // The second N row is dropped.
        #expect(program.rowLower == [3, 12, 1, 0])
        #expect(program.rowUpper == [5, 20, 5, 3])
        #expect(program.variableNames == ["X1", "X 2", "X3", "X4", "X5", "X6", "X7", "X8", "X9", "X10", "X11"])
        #expect(program.objective == [1, 2, -1, 0, 0, 0, 0, 0, 3, 0, 0])
        #expect(program.lowerBounds == [0, 0, 0, -2, 1.5, -inf, -inf, 0, 0, 2, -inf])
        #expect(program.upperBounds == [inf, inf, 4, 3, 1.5, inf, 5, inf, 1, 8, -3])
        #expect(program.isInteger == [false, true, false, false, false, false, false, false, true, true, false])
        #expect(dense(program.matrix) == [
            [1, 0, 0, 0, 1, 0, 0, 0, 0, 0, 0],
            [2, 0, 0, 1, 0, 0, 0, 1, 0, 0.5, 0],
            [0, 1, 0, 0, 0, 0, 3, 0, 0, 0, 0],
            [0, 0, 1, 0, 0, -1, 0, 0, 0, 0, 1],
        ])
    }

    @Test("A free-format file with long names, tabs and infinite values is read field by field")
    func freeFormatFixture() throws {
        let program = try MPSReader.read(path: fixtures.path("mps-free-all.mps"))
        #expect(program.name == "free_example")
        #expect(program.sense == .maximize)
        #expect(program.objectiveName == "profit")
        #expect(program.objectiveConstant == 7.5)
        #expect(program.rowNames == ["capacity_hours", "min_output", "balance_row"])
        #expect(program.rowLower == [-inf, 2, -1])  // A range of 1e30 on an L row is infinite.
        #expect(program.rowUpper == [40, inf, 5])
        #expect(program.variableNames == ["machines", "workers", "stock", "flow", "debt", "spare", "switch", "batches", "backlog"])
        #expect(program.objective == [3.5, -0.125, 0, 0, -2, 0, 10, 0, 0])
        #expect(program.lowerBounds == [0, 0, 1, -2.5, -inf, -inf, 0, -3, -4])
        #expect(program.upperBounds == [inf, 12, inf, -2.5, inf, inf, 1, 3, -1])
        #expect(program.isInteger == [true, false, false, false, false, false, true, true, false])
        #expect(dense(program.matrix) == [
            [2, 0, 1, 0, 0, 1, 0, 0, 0],
            [1, 0, 0, 0.5, 0, 0, 0, 1, 0],
            [0, 1, 0, -1, 0, 0, 0, 0, 2],
        ])
    }

    @Test("OBJSENSE may sit on its own line, and its absence means minimise", arguments: [
        ("OBJSENSE\n    MAX\n", LinearProgram.Sense.maximize),
        ("OBJSENSE\nMAXIMIZE\n", .maximize),
        ("OBJSENSE MIN\n", .minimize),
        ("", .minimize),
    ])
    func objectiveSense(header: String, sense: LinearProgram.Sense) throws {
        let text = "NAME t\n\(header)ROWS\n N obj\nCOLUMNS\n x obj 1\nENDATA\n"
        #expect(try MPSReader.parse(text, path: "t.mps").sense == sense)
    }

    @Test("A negative UP on a column whose lower bound is still the default also frees the lower bound")
    func negativeUpperBound() throws {
        let text = """
            ROWS
             N obj
            COLUMNS
             a obj 1
             b obj 1
             c obj 1
            BOUNDS
             UP bnd a -1
             LO bnd b 0
             UP bnd b -1
             MI bnd c
             UP bnd c -2
            ENDATA
            """
        let program = try MPSReader.parse(text, path: "t.mps")
        #expect(program.lowerBounds == [-inf, 0, -inf])
        #expect(program.upperBounds == [-1, -1, -2])
    }

    // MARK: - Netlib

    static let netlibFiles = [
        "adlittle", "afiro", "agg", "beaconfd", "blend", "boeing1", "boeing2", "bore3d", "brandy", "capri",
        "degen2", "e226", "etamacro", "grow7", "israel", "kb2", "lotfi", "recipe", "sc105", "sc205",
        "sc50a", "sc50b", "scagr7", "scorpion", "sctap1", "share1b", "share2b", "standata", "stocfor1", "vtpbase",
    ]

    /// The netlib readme's sizes of `file`: rows including the objective, columns, and nonzeros
    /// counting the objective row's coefficients (but not RHS entries).
    static func netlibSize(_ file: String) throws -> (rows: Int, columns: Int, nonzeros: Int) {
        let row = try #require(try Netlib.summary(file))
        return (try #require(Int(row["rows"] ?? "")), try #require(Int(row["cols"] ?? "")), try #require(Int(row["nonzeros"] ?? "")))
    }

    @Test("Every netlib problem is read with the sizes the netlib readme lists", arguments: netlibFiles)
    func netlibSizes(file: String) throws {
        let program = try MPSReader.read(path: Netlib.path(file))
        let expected = try Self.netlibSize("\(file).mps")
        #expect(program.sense == .minimize)
        // The readme counts the objective among the rows. BOEING1's file declares 352 ROWS
        // (351 constraints: three of them, ATONMILE, RTONMILE and LFTNMILE, have no entries);
        // the readme says 351 rows, one fewer than its own file, so that entry is off by one.
        let rowsInFile = expected.rows + (file == "boeing1" ? 1 : 0)
        #expect(program.rowCount == rowsInFile - 1)
        #expect(program.variableCount == expected.columns)
        // No netlib file here has explicit zeros or repeated entries, so every COLUMNS entry is a
        // nonzero of A or of c. RHS entries are not counted (E226 and GROW7 have one on the
        // objective row, which becomes the objective constant and leaves the count unchanged).
        let objectiveNonzeros = program.objective.filter { $0 != 0 }.count
        #expect(program.matrix.nonzeroCount + objectiveNonzeros == expected.nonzeros)
    }

    @Test("AFIRO has 27 constraints, 32 columns, 83 matrix and 5 objective nonzeros")
    func afiroDetails() throws {
        let program = try MPSReader.read(path: Netlib.path("afiro"))
        #expect(program.name == "AFIRO")
        #expect(program.objectiveName == "COST")
        #expect(program.rowCount == 27 && program.variableCount == 32)
        #expect(program.matrix.nonzeroCount == 83)
        #expect(program.objective.filter { $0 != 0 }.count == 5)
        #expect(program.rowNames.first == "R09" && program.rowLower[0] == 0 && program.rowUpper[0] == 0)
        #expect(program.rowNames.last == "X51")
        #expect(program.objective[1] == -0.4)  // X02 COST -.4
    }

    @Test("E226's RHS on the objective row becomes minus the objective constant")
    func e226ObjectiveConstant() throws {
        // RHS COST -7.113. The summary CSV has MINOS at -18.7519 (constant ignored) and HiGHS at
        // -11.6389 = -18.7519 + 7.113, so HiGHS also reads the constant as minus the RHS.
        let program = try MPSReader.read(path: Netlib.path("e226"))
        #expect(program.objectiveConstant == 7.113)
    }

    @Test("Writing a netlib problem and reading it back gives the identical program", arguments: netlibFiles)
    func netlibRoundTrip(file: String) throws {
        let program = try MPSReader.read(path: Netlib.path(file))
        let text = MPSWriter.write(program)
        #expect(try MPSReader.parse(text, path: "\(file)-written.mps") == program)
    }

    // MARK: - Writing

    @Test("Both fixtures survive a write and a read; names with spaces come back as C1…, R1…", arguments: ["mps-fixed-all.mps", "mps-free-all.mps"])
    func fixtureRoundTrip(file: String) throws {
        let program = try MPSReader.read(path: fixtures.path(file))
        let text = MPSWriter.write(program)
        #expect(text.contains("'INTORG'") && text.contains("OBJSENSE\n    MAX\n"))
        var read = try MPSReader.parse(text, path: "written.mps")
        if file == "mps-fixed-all.mps" {  // "LIM 1" and "X 2" cannot be written in free MPS.
            #expect(read.rowNames == ["R1", "R2", "R3", "R4"] && read.variableNames.first == "C1")
            read.rowNames = program.rowNames
            read.variableNames = program.variableNames
        }
        #expect(read == program)
    }

    /// A program with awkward rows and bounds: inexact two-sided ranges, a free row, a row with
    /// only an upper limit of 0, and columns with negative uppers, integer bounds and no entries.
    static func awkwardProgram(names: Bool) -> LinearProgram {
        let matrix = SparseMatrix(rows: 5, columns: 5, triplets: [
            (0, 0, 1), (1, 0, 0.1), (2, 1, -3), (3, 2, 1e-12), (4, 3, 7),
        ])
        return LinearProgram(
            name: names ? "awkward" : "", sense: .maximize, objectiveName: names ? "z" : "",
            objective: [1, 0, -2.5, 0, 0], objectiveConstant: 0.1,
            variableNames: names ? ["a", "b", "c", "d", "e"] : ["a b", "", "c", "c", "d"],
            lowerBounds: [0, 0, -inf, 0.3, -5], upperBounds: [-1, inf, -2, 0.7, 5],
            isInteger: [false, true, false, true, true],
            rowNames: names ? ["r1", "r2", "r3", "r4", "r5"] : ["z", "z", "r", "s", "t"],
            rowLower: [0.1, -inf, 1e-300, -inf, 0.1], rowUpper: [0.3, inf, 1e20, 0, 0.1], matrix: matrix)
    }

    @Test("Awkward ranges, free rows, negative upper bounds and integer bounds survive a round trip")
    func awkwardRoundTrip() throws {
        let program = Self.awkwardProgram(names: true)
        #expect(try MPSReader.parse(MPSWriter.write(program), path: "w.mps") == program)
    }

    @Test("Unusable names are replaced by C1…, R1… and OBJ; everything else survives")
    func unusableNames() throws {
        let program = Self.awkwardProgram(names: false)
        var read = try MPSReader.parse(MPSWriter.write(program), path: "w.mps")
        #expect(read.variableNames == ["C1", "C2", "C3", "C4", "C5"])
        #expect(read.rowNames == ["R1", "R2", "R3", "R4", "R5"])
        #expect(read.objectiveName == "OBJ")
        read.variableNames = program.variableNames
        read.rowNames = program.rowNames
        read.objectiveName = program.objectiveName
        #expect(read == program)
    }

    @Test("The writer prints the expected free MPS for a small integer program")
    func writtenText() {
        let program = LinearProgram(
            name: "tiny", objective: [1, 2], objectiveConstant: -3, variableNames: ["x", "y"],
            lowerBounds: [0, 0], upperBounds: [inf, 1], isInteger: [false, true], rowNames: ["c"],
            rowLower: [1], rowUpper: [4], matrix: SparseMatrix(rows: 1, columns: 2, triplets: [(0, 0, 1), (0, 1, 1)]))
        #expect(MPSWriter.write(program) == """
            NAME tiny
            ROWS
             N  obj
             L  c
            COLUMNS
                x  obj  1.0
                x  c  1.0
                MARKER    'MARKER'    'INTORG'
                y  obj  2.0
                y  c  1.0
                MARKER    'MARKER'    'INTEND'
            RHS
                RHS  obj  3.0
                RHS  c  4.0
            RANGES
                RNG  c  3.0
            BOUNDS
             UP BND  y  1.0
             LO BND  y  0.0
            ENDATA

            """)
    }

    // MARK: - Errors

    static let header = "NAME bad\nROWS\n N obj\n L r1\nCOLUMNS\n"  // Lines 1-5.

    static let brokenFiles: [(name: String, text: String, error: String)] = [
        ("unknown row", header + " x obj 1 R09 2\nENDATA\n", #"x.mps:6: unknown row "R09" in COLUMNS; it is not declared in ROWS"#),
        ("not a number", header + " x obj abc\nENDATA\n", #"x.mps:6: expected a number, found "abc""#),
        ("NaN", header + " x obj nan\nENDATA\n", #"x.mps:6: expected a number, found "nan""#),
        ("infinite coefficient", header + " x r1 1e400\nENDATA\n", #"x.mps:6: expected a finite coefficient, found "1e400""#),
        ("unknown section", header + " x obj 1\nCOLUMN\nENDATA\n", #"x.mps:7: unknown section "COLUMN"; expected NAME, OBJSENSE, ROWS, COLUMNS, RHS, RANGES, BOUNDS or ENDATA"#),
        ("no ENDATA", header + " x obj 1\n\n* comment\n", "x.mps:8: the file ends without an ENDATA line"),
        ("no ENDATA, no final newline", header + " x obj 1", "x.mps:6: the file ends without an ENDATA line"),
        ("duplicate row", "ROWS\n N obj\n L r1\n G r1\nENDATA\n", #"x.mps:4: row "r1" is declared twice in ROWS (first on line 3)"#),
        ("objective name reused", "ROWS\n N obj\n L obj\nENDATA\n", #"x.mps:3: row "obj" is declared twice in ROWS (first on line 2)"#),
        ("split column", header + " x obj 1\n y obj 1\n x r1 1\nENDATA\n", #"x.mps:8: column "x" appears again after other columns (first on line 6); a column's entries must be on consecutive lines"#),
        ("entry twice", header + " x obj 1 r1 2\n x r1 3\nENDATA\n", #"x.mps:7: row "r1" is given twice for column "x" (first on line 6)"#),
        ("row type", "ROWS\n N obj\n Q r1\nENDATA\n", #"x.mps:3: unknown row type "Q" for row "r1"; expected N, E, L or G"#),
        ("ROWS fields", "ROWS\n N\nENDATA\n", "x.mps:2: a ROWS line needs a row type and a row name, found 1 fields"),
        ("COLUMNS fields", header + " x obj 1 r1\nENDATA\n", "x.mps:6: a COLUMNS line needs a column name and one or two row-and-value pairs, found 4 fields"),
        ("marker", header + " M 'MARKER' 'INTBEG'\nENDATA\n", "x.mps:6: unknown marker 'INTBEG'; expected 'INTORG' or 'INTEND'"),
        ("RHS row", header + " x obj 1\nRHS\n rhs r2 1\nENDATA\n", #"x.mps:8: unknown row "r2" in RHS; it is not declared in ROWS"#),
        ("RANGES number", header + " x obj 1\nRANGES\n rng r1 1,5\nENDATA\n", #"x.mps:8: expected a number, found "1,5""#),
        ("bound type", header + " x obj 1\nBOUNDS\n XX bnd x 1\nENDATA\n", #"x.mps:8: unknown bound type "XX"; expected UP, LO, FX, FR, MI, PL, BV, LI or UI"#),
        ("semi-continuous", header + " x obj 1\nBOUNDS\n SC bnd x 1\nENDATA\n", "x.mps:8: bound type SC (semi-continuous) is not supported"),
        ("bound column", header + " x obj 1\nBOUNDS\n UP bnd y 1\nENDATA\n", #"x.mps:8: unknown column "y" in BOUNDS; it is not declared in COLUMNS"#),
        ("bound value missing", header + " x obj 1\nBOUNDS\n UP x\nENDATA\n", "x.mps:8: a BOUNDS line needs a bound type, an optional set name, a column name and a value, found 2 fields"),
        ("objective sense", "OBJSENSE\n    UP\nENDATA\n", #"x.mps:2: unknown objective sense "UP"; expected MIN or MAX"#),
        ("data before sections", "   x obj 1\nENDATA\n", "x.mps:1: data line before any section; the file should start with NAME or ROWS"),
    ]

    @Test("Each kind of broken file is reported at its line, in plain words", arguments: brokenFiles)
    func brokenFile(name: String, text: String, error expected: String) {
        do {
            let program = try MPSReader.parse(text, path: "x.mps")
            Issue.record("\(name): read without error as \(program.rowCount) rows")
        } catch {
            #expect(error.description == expected, "\(name)")
        }
    }

    @Test("Files with a line removed, repeated or cut in half never crash the reader", arguments: ["mps-fixed-all.mps", "mps-free-all.mps"])
    func damagedFilesDoNotCrash(file: String) throws {
        let text = try String(contentsOf: fixtures.url(file), encoding: .utf8)
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        var outcomes = 0
        for i in lines.indices {
            var removed = lines, repeated = lines, cut = lines
            removed.remove(at: i)
            repeated.insert(lines[i], at: i)
            cut[i] = String(lines[i].prefix(lines[i].count / 2))
            for damaged in [removed, repeated, cut] {
                _ = try? MPSReader.parse(damaged.joined(separator: "\n"), path: "damaged.mps")
                outcomes += 1
            }
        }
        #expect(outcomes == 3 * lines.count)
    }

    @Test("A missing file is reported with its path and no line")
    func missingFile() {
        #expect(throws: MPSError.self) { try MPSReader.read(path: "/nonexistent/none.mps") }
        do {
            _ = try MPSReader.read(path: "/nonexistent/none.mps")
        } catch {
            #expect(error.line == 0 && error.description == "/nonexistent/none.mps: no such file; expected an MPS file")
        }
    }
}
