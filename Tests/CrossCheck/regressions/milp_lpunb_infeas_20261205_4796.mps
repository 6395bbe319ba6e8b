NAME          milp_lpunb_infeas_20261205_4796
OBJSENSE
    MAX
ROWS
 N  OBJ
 N  FREEROW
 E  r1
 E  r2
 E  r3
 L  r4
 G  r5
 E  parity
COLUMNS
    x1        OBJ              -19.5   r1                   3
    x1        r2                  -7   r3                  -7
    x1        r4                  -4   FREEROW              1
    x2        OBJ                1.5   r3                  -1
    x2        r4                   3   FREEROW              1
    x3        OBJ                 46   r1                  -5
    x3        r2                  -7   r3                   6
    x3        r4                  -1   FREEROW              1
    x4        OBJ               7.75   r3                   6
    x4        r4                  -7   FREEROW              1
    x5        OBJ               7.75   r1                   7
    x5        r2                  -5   r4                   8
    x5        FREEROW              1
    x6        OBJ                -13   r1                  -4
    x6        r3                  -8   r5                  -9
    x6        FREEROW              1
    x7        OBJ               0.75   r1                  -9
    x7        r2                   8   r3                  -2
    x7        FREEROW              1
    x8        OBJ                2.5   r1                  -5
    x8        r2                   4   r5                  -1
    x8        FREEROW              1
    MARKER1   'MARKER'                 'INTORG'
    u         OBJ                  3   parity               6
    u         FREEROW              1
    v         OBJ                 -2   parity              -6
    v         FREEROW              1
    MARKER2   'MARKER'                 'INTEND'
RHS
    RHS       r1                  46
    RHS       r2             -247.25
    RHS       r3              162.75
    RHS       r4               95.25
    RHS       r5                3.75
    RHS       parity              -1
RANGES
    RNG       r3                   4
    RNG       r4                  11
BOUNDS
 UP BND       x1                4.25
 MI BND       x2
 UP BND       x2               -3.75
 LO BND       x3                6.25
 UP BND       x3                20.5
 LO BND       x4                2.25
 UP BND       x4                7.25
 LO BND       x5                 7.5
 UP BND       x5               21.75
 UP BND       x7                6.75
 LO BND       x8                  -6
 MI BND       u
 MI BND       v
ENDATA
