"""Demo data for Chumchon Market (ตลาดชุมชน).

The villages are real places and their facts come from the project's domain
notes; enterprises, product listings, prices and images are invented and say
so ("illustrative / ตัวอย่างประกอบ"). ``manage.py load_demo_data`` loads it all;
the data modules here hold plain values only, the ``loaders`` package writes them.
"""

#: Marker appended to anything invented, in both languages.
ILLUSTRATIVE = "(illustrative / ตัวอย่างประกอบ)"
