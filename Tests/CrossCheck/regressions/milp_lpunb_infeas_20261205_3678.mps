NAME          milp_lpunb_infeas_20261205_3678
OBJSENSE
    MAX
ROWS
 N  OBJ
 N  FREEROW
 E  r1
 L  r2
 L  r3
 L  r4
 L  r5
 E  parity
COLUMNS
    MARKER1   'MARKER'                 'INTORG'
    x1        OBJ              -20.5   r1                   1
    x1        r3                  -7   r4                   5
    x1        r5                  -9   FREEROW              1
    MARKER2   'MARKER'                 'INTEND'
    x2        OBJ                  4   r1                  -6
    x2        r3                  -3   r5                   7
    x2        FREEROW              1
    MARKER3   'MARKER'                 'INTORG'
    x3        OBJ              29.25   r2                  -9
    x3        r3                   9   r4                   9
    x3        FREEROW              1
    MARKER4   'MARKER'                 'INTEND'
    x4        OBJ               1.25   r1                  -7
    x4        r2                   8   r3                   3
    x4        r4                   2   r5                  -4
    x4        FREEROW              1
    x5        OBJ              -21.5   r1                   5
    x5        r2                   5   r3                  -3
    x5        r4                  -1   r5                  -7
    x5        FREEROW              1
    MARKER5   'MARKER'                 'INTORG'
    u         OBJ                  2   parity               6
    u         FREEROW              1
    v         OBJ                  2   parity              -6
    v         FREEROW              1
    MARKER6   'MARKER'                 'INTEND'
RHS
    RHS       r1               -40.5
    RHS       r2                 212
    RHS       r3              -105.5
    RHS       r4                 -16
    RHS       r5                -169
    RHS       parity              10
BOUNDS
 LO BND       x1                   7
 MI BND       x3
 LO BND       x4                7.75
 UP BND       x4               13.75
 LI BND       x5                  -1
 UI BND       x5                   8
 LO BND       u                    2
 PL BND       u
 LO BND       v                    2
 PL BND       v
ENDATA
