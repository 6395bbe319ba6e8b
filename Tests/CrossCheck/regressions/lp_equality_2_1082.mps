NAME          lp_equality_2_1082
OBJSENSE
    MAX
ROWS
 N  OBJ
 E  r1
 E  r2
 E  sum1
 E  sum2
 E  sum3
COLUMNS
    x1        r1                  -5   sum1                -5
    x1        sum2                -5   sum3                10
    x2        OBJ               -1.5   r1                   1
    x2        r2                  -6   sum1                 7
    x2        sum2                13   sum3               -20
    x3        r1                  -2   sum1                -2
    x3        sum2                -2   sum3                 4
RHS
    RHS       r1              -60.75
    RHS       r2                 -15
    RHS       sum1            -45.75
    RHS       sum2            -30.75
    RHS       sum3              76.5
BOUNDS
 LO BND       x1                  -5
 UP BND       x1                9.25
 UP BND       x3                 8.5
ENDATA
