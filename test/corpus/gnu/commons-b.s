# The second file of commons-a.s.
        .comm   common_y, 40, 4
        .comm   aa, 4, 4
        .comm   common_c, 8, 4
