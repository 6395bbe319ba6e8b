NAME m7958
ROWS
 N  OBJ
 G  r2
 G  r3
 G  r5
 L  r7
 E  r8
COLUMNS
 x1  OBJ  20.75  r2  3
 x1  r3  6  r7  -5
 x1  r8  2
 x2  OBJ  -16.5  r2  -9
 x2  r5  3  r7  8
 x2  r8  -8
RHS
 RHS  r2  -87.75
 RHS  r3  -45
 RHS  r5  23.25
 RHS  r7  92
 RHS  r8  -74
BOUNDS
 MI  BND  x1
 UP  BND  x1  -6
 MI  BND  x2
 UP  BND  x2  9.25
ENDATA
