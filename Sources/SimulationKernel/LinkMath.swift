// `Double.squareRoot()` compiles to a call of the C library's `sqrt` in unoptimised builds.
// Importing the platform's C module makes the kernel link the maths library itself, so a
// program that uses only this module links in debug builds too. Nothing else is used from it.
#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif
