// Module marker: the content inspection engine lives in DLP/ and Injection/.
