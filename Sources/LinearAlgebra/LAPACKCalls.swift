// The seam between Swift and C: every LAPACKE and CBLAS call in this module
// is made here, and nowhere else (in the style of swift-system's Syscalls.swift).
//
// Each function takes Swift sizes and column-major arrays, converts the sizes
// with `lapackInt(_:routine:)`, passes `LAPACK_COL_MAJOR` and leading
// dimensions of `max(1, rows)`, and returns LAPACK's non-negative `info`.
// A negative `info` is thrown here as `.illegalArgument` or `.outOfMemory`;
// interpreting a positive `info` is left to the caller, which knows what it means.
// Callers validate shapes and finiteness and handle empty sizes beforehand,
// so array base addresses are never nil here.

import CLAPACKE

/// Switches OpenBLAS to one thread, once, before the first call. Multi-threaded BLAS sums
/// in an order that depends on the thread count, so the same model gave answers differing in
/// the last digits on machines with different core counts; aifactory promises byte-identical
/// outputs whatever the core count, and its matrices (a few hundred rows) are too small for
/// BLAS threads to pay. Parallelism lives a level up, in independent replications.
private let singleThreadedBLAS: Void = openblas_set_num_threads(1)

/// Converts a Swift size to LAPACK's 32-bit `lapack_int`, or throws `.sizeTooLarge`.
///
/// This is the only place in the module where an `Int` becomes a C integer.
func lapackInt(_ value: Int, routine: String) throws(LAPACKError) -> Int32 {
    guard let converted = Int32(exactly: value) else {
        throw .sizeTooLarge(routine: routine, size: value)
    }
    return converted
}

/// Converts a size for a non-throwing BLAS call, trapping if it does not fit.
private func blasInt(_ value: Int, routine: String) -> Int32 {
    do {
        return try lapackInt(value, routine: routine)
    } catch {
        preconditionFailure(error.description)
    }
}

/// Throws for a negative `info`, returns a non-negative one unchanged.
private func checked(_ info: Int32, routine: String) throws(LAPACKError) -> Int32 {
    guard info < 0 else { return info }
    if info == LAPACK_WORK_MEMORY_ERROR || info == LAPACK_TRANSPOSE_MEMORY_ERROR {
        throw .outOfMemory(routine: routine)
    }
    throw .illegalArgument(routine: routine, position: -Int(info))
}

private func character(_ scalar: Unicode.Scalar) -> CChar {
    CChar(UInt8(ascii: scalar))
}

/// Solves A·X = B by LU factorization with partial pivoting (LAPACKE_dgesv).
///
/// `a` is n×n and is overwritten by its LU factors; `b` is n×nrhs and is
/// overwritten by X. Returns `info` (> 0: `U(info, info)` is exactly zero).
func lapack_dgesv(n: Int, nrhs: Int, a: inout [Double], b: inout [Double]) throws(LAPACKError) -> Int32 {
    _ = singleThreadedBLAS
    let routine = "dgesv"
    let cn = try lapackInt(n, routine: routine)
    let cnrhs = try lapackInt(nrhs, routine: routine)
    let lda = try lapackInt(max(1, n), routine: routine)
    var pivots = [Int32](repeating: 0, count: n)
    let info = a.withUnsafeMutableBufferPointer { a in
        b.withUnsafeMutableBufferPointer { b in
            pivots.withUnsafeMutableBufferPointer { pivots in
                LAPACKE_dgesv(
                    LAPACK_COL_MAJOR, cn, cnrhs, a.baseAddress, lda,
                    pivots.baseAddress, b.baseAddress, lda)
            }
        }
    }
    return try checked(info, routine: routine)
}

/// Cholesky-factors a symmetric positive definite matrix, A = L·Lᵀ (LAPACKE_dpotrf, lower).
///
/// `a` is n×n; only its lower triangle is read, and it is overwritten by L
/// (the strict upper triangle is left untouched). Returns `info`
/// (> 0: the leading minor of order `info` is not positive).
func lapack_dpotrf(n: Int, a: inout [Double]) throws(LAPACKError) -> Int32 {
    _ = singleThreadedBLAS
    let routine = "dpotrf"
    let cn = try lapackInt(n, routine: routine)
    let lda = try lapackInt(max(1, n), routine: routine)
    let info = a.withUnsafeMutableBufferPointer { a in
        LAPACKE_dpotrf(LAPACK_COL_MAJOR, character("L"), cn, a.baseAddress, lda)
    }
    return try checked(info, routine: routine)
}

/// Solves A·X = B given the lower Cholesky factor L of A (LAPACKE_dpotrs).
///
/// `factor` is n×n with L in its lower triangle; `b` is n×nrhs and is
/// overwritten by X. Returns `info` (always 0 on valid arguments).
func lapack_dpotrs(n: Int, nrhs: Int, factor: [Double], b: inout [Double]) throws(LAPACKError) -> Int32 {
    _ = singleThreadedBLAS
    let routine = "dpotrs"
    let cn = try lapackInt(n, routine: routine)
    let cnrhs = try lapackInt(nrhs, routine: routine)
    let lda = try lapackInt(max(1, n), routine: routine)
    let info = factor.withUnsafeBufferPointer { factor in
        b.withUnsafeMutableBufferPointer { b in
            LAPACKE_dpotrs(
                LAPACK_COL_MAJOR, character("L"), cn, cnrhs, factor.baseAddress, lda,
                b.baseAddress, lda)
        }
    }
    return try checked(info, routine: routine)
}

/// Solves a full-rank least-squares or minimum-norm problem by QR or LQ (LAPACKE_dgels).
///
/// `a` is m×n and is overwritten by its factorization; `b` is
/// max(m, n)×nrhs with the right-hand side in its first m rows, and on
/// return holds the solution in its first n rows. Returns `info`
/// (> 0: a diagonal element of the triangular factor is exactly zero).
/// LAPACKE performs the workspace query (lwork = -1) itself.
func lapack_dgels(m: Int, n: Int, nrhs: Int, a: inout [Double], b: inout [Double]) throws(LAPACKError) -> Int32 {
    _ = singleThreadedBLAS
    let routine = "dgels"
    let cm = try lapackInt(m, routine: routine)
    let cn = try lapackInt(n, routine: routine)
    let cnrhs = try lapackInt(nrhs, routine: routine)
    let lda = try lapackInt(max(1, m), routine: routine)
    let ldb = try lapackInt(max(1, m, n), routine: routine)
    let info = a.withUnsafeMutableBufferPointer { a in
        b.withUnsafeMutableBufferPointer { b in
            LAPACKE_dgels(
                LAPACK_COL_MAJOR, character("N"), cm, cn, cnrhs, a.baseAddress, lda,
                b.baseAddress, ldb)
        }
    }
    return try checked(info, routine: routine)
}

/// Computes all eigenvalues and eigenvectors of a symmetric matrix by
/// divide and conquer (LAPACKE_dsyevd, lower triangle).
///
/// `a` is n×n; only its lower triangle is read, and it is overwritten by
/// the orthonormal eigenvectors, one per column. `values` (length n)
/// receives the eigenvalues in ascending order. Returns `info`
/// (> 0: the algorithm failed to converge). LAPACKE performs the workspace
/// query (lwork = -1, liwork = -1) itself.
func lapack_dsyevd(n: Int, a: inout [Double], values: inout [Double]) throws(LAPACKError) -> Int32 {
    _ = singleThreadedBLAS
    let routine = "dsyevd"
    let cn = try lapackInt(n, routine: routine)
    let lda = try lapackInt(max(1, n), routine: routine)
    let info = a.withUnsafeMutableBufferPointer { a in
        values.withUnsafeMutableBufferPointer { values in
            LAPACKE_dsyevd(
                LAPACK_COL_MAJOR, character("V"), character("L"), cn, a.baseAddress, lda,
                values.baseAddress)
        }
    }
    return try checked(info, routine: routine)
}

/// Computes C = A·B for column-major A (m×k) and B (k×n) (cblas_dgemm).
///
/// Returns C as m×n column-major elements. Traps if a size exceeds 32 bits.
func blas_dgemm(m: Int, n: Int, k: Int, a: [Double], b: [Double]) -> [Double] {
    _ = singleThreadedBLAS
    let routine = "dgemm"
    let cm = blasInt(m, routine: routine)
    let cn = blasInt(n, routine: routine)
    let ck = blasInt(k, routine: routine)
    let lda = blasInt(max(1, m), routine: routine)
    let ldb = blasInt(max(1, k), routine: routine)
    var c = [Double](repeating: 0, count: m * n)
    a.withUnsafeBufferPointer { a in
        b.withUnsafeBufferPointer { b in
            c.withUnsafeMutableBufferPointer { c in
                cblas_dgemm(
                    CblasColMajor, CblasNoTrans, CblasNoTrans, cm, cn, ck,
                    1.0, a.baseAddress, lda, b.baseAddress, ldb, 0.0, c.baseAddress, lda)
            }
        }
    }
    return c
}

/// Computes y = A·x for column-major A (m×n) and x of length n (cblas_dgemv).
///
/// Returns y of length m. Traps if a size exceeds 32 bits.
func blas_dgemv(m: Int, n: Int, a: [Double], x: [Double]) -> [Double] {
    _ = singleThreadedBLAS
    let routine = "dgemv"
    let cm = blasInt(m, routine: routine)
    let cn = blasInt(n, routine: routine)
    let lda = blasInt(max(1, m), routine: routine)
    var y = [Double](repeating: 0, count: m)
    a.withUnsafeBufferPointer { a in
        x.withUnsafeBufferPointer { x in
            y.withUnsafeMutableBufferPointer { y in
                cblas_dgemv(
                    CblasColMajor, CblasNoTrans, cm, cn, 1.0, a.baseAddress, lda,
                    x.baseAddress, 1, 0.0, y.baseAddress, 1)
            }
        }
    }
    return y
}
