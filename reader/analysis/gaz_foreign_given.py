"""Given names of foreign news, written for this project from general knowledge (probe32).

The given-name lists of ``gaz_people`` and ``en_gaz_people`` are Nordic and English with a few
frequent names from elsewhere, so a person in foreign news ("Walid al-X", "Zofia X", "Halyna X på
74 år") was often missed or cut. These are common given names of Poland, Ukraine and Russia (in the
usual English and Danish transliterations), the Arab world, Turkey and Spain, men's and women's
apart (``antecedents`` reads a woman's name for "she"/"hun"). Left out: names that are also
ordinary words, places or brands in either language ("Can", "Said", "Montserrat", "Mercedes",
"Jesús", "Nur"). Read by ``gazetteer.FIRST_NAMES`` and ``gazetteer.FEMALE_NAMES`` (both languages).
"""

from __future__ import annotations

MALE = (
    # Polish
    "Witold Karol Bartosz Krzysztof Wojciech Grzegorz Tomasz Jarosław Przemysław Zbigniew Jacek"
    " Mariusz Dariusz Marcin Łukasz Lukasz Paweł Pawel Piotr Andrzej Stanisław Stanislaw Władysław"
    " Kazimierz Mirosław Radosław Bogdan Janusz Ryszard Czesław Tadeusz Wiesław"
    # Ukrainian and Russian
    " Oleksandr Oleksiy Oleksii Volodymyr Ihor Andriy Andrii Serhiy Serhii Mykola Mykhailo Dmytro"
    " Yuriy Yurii Vasyl Bohdan Taras Petro Pavlo Vitaliy Vitalii Yevhen Valeriy Anatoliy Stepan"
    " Sergei Sergey Dmitry Dmitri Alexei Aleksei Mikhail Nikolai Yevgeny Anatoly Vladislav"
    " Vyacheslav Gennady Arkady Vladimir"
    # Arabic
    " Walid Khalid Khaled Mahmoud Mahmud Mohammad Mohamed Muhammad Mustafa Ibrahim Yousef Youssef"
    " Yusuf Hamza Bilal Faisal Nasser Saeed Majed Fadi Ziad Jamal Kamal Hussein Hassan Ahmad"
    " Ahmed Ayman Osama Ammar Raed Tariq Tarek Karim Samir Rami Hadi Imad Nabil Adel Wael Anas"
    # Turkish
    " Mehmet Ahmet Emre Burak Murat Hakan Serkan Oğuz Kemal Gökhan Cem Selim Erdem Onur Tolga"
    # Spanish and Catalan
    " Joaquín Joaquin Guillermo Javier Alejandro Gonzalo Íñigo Iñigo Álvaro Alvaro Rodrigo"
    " Fernando Jaume Xavier Jordi Sergio Ignacio Rafael Ramón Ramon Andrés Andres Santiago"
)
FEMALE = (
    # Polish
    "Zofia Małgorzata Malgorzata Agnieszka Katarzyna Magdalena Dorota Beata Jadwiga Halina"
    " Krystyna Urszula Bożena Elżbieta Elzbieta Grażyna Jolanta Renata Wioletta Aleksandra Justyna"
    # Ukrainian and Russian
    " Oksana Halyna Olena Iryna Tetiana Tetyana Nataliya Yulia Yuliia Liudmyla Svitlana Kateryna"
    " Viktoriia Olha Mariia Anastasiia Larysa Nadiya Khrystyna Solomiia Yekaterina Svetlana"
    " Tatiana Tatyana Lyudmila Galina Yelena Valentina Irina"
    # Arabic
    " Suha Hadeel Reem Rasha Manal Aisha Zainab Mariam Leila Layla Fatima Samira Nadia Rania Huda"
    " Salma Dina Lina Maha Nour Noor Hala Amira Yasmin Yasmine Ghada Lubna Randa Hanan Samar"
    # Turkish
    " Ayşe Fatma Elif Zeynep Emine Hatice Merve Büşra Özlem Gülşen Şule Derya Esra Sibel"
    # Spanish and Catalan
    " Pilar Nuria Núria Rocío Rocio Lucía Begoña Inmaculada Consuelo Paloma Amparo Montse Marisol"
    " Ainhoa Itziar Covadonga Remedios Soledad Milagros Guadalupe"
)
