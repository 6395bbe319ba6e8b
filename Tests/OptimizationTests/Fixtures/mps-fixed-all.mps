* A small fixed-format file using every section and bound type.
* Names with spaces ("LIM 1", "X 2") are read by column position.
NAME          TINYFIX
OBJSENSE
    MAX
ROWS
 N  COST
 E  LIM 1
 L  CAP
 G  DEMAND
 E  BAL
 N  FREE
COLUMNS
    X1        COST                1.   LIM 1               1.
    X1        CAP                 2.   FREE                9.
    MARKER                 'MARKER'                 'INTORG'
    X 2       COST                2.   DEMAND              1.
    MARKER                 'MARKER'                 'INTEND'
    X3        COST               -1.   BAL                 1.
    X4        CAP                 1.
    X5        LIM 1               1.
    X6        BAL                -1.
    X7        DEMAND              3.
    X8        CAP                 1.
    X9        COST                3.
    X10       CAP                 .5
    X11       BAL                 1.
RHS
    RHS       COST               10.   LIM 1               5.
    RHS       CAP                20.
              DEMAND              1.
RANGES
    RNG       LIM 1              -2.   CAP                 8.
    RNG       DEMAND              4.   BAL                 3.
BOUNDS
 UP BND       X3                  4.
 LO BND       X4                 -2.
 UP BND       X4                  3.
 FX BND       X5                 1.5
 FR BND       X6
 MI BND       X7
 UP BND       X7                  5.
 UP BND       X8                  2.
 PL BND       X8
 BV BND       X9
 LI BND       X10                 2.
 UI BND       X10                 8.
 UP BND       X11                -3.
ENDATA
